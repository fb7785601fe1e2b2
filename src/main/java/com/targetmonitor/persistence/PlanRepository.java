package com.targetmonitor.persistence;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Plans with their rule sets and categories (a plan's categories belong to its aggregate). */
public final class PlanRepository {

    private static final String COLUMNS = "id, name, region, year, document, amount_yellow_band, rate_yellow_band, "
            + "about_tolerance, rounding_scale";

    private final Jdbc jdbc;
    private final Transactions tx;

    PlanRepository(Jdbc jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Inserts a plan without an id, updates one with an id; returns it with its id. */
    public Plan save(Plan plan) {
        return tx.run(() -> {
            RuleSet r = plan.rules();
            Object[] values = {plan.name(), plan.region(), plan.year(), plan.document(),
                    r.amountYellowBand().toPlainString(), r.rateYellowBand().toPlainString(),
                    r.aboutTolerance().toPlainString(), r.scale()};
            if (plan.id() == null) {
                long id = jdbc.insert("INSERT INTO plan (name, region, year, document, amount_yellow_band, "
                        + "rate_yellow_band, about_tolerance, rounding_scale) VALUES (?,?,?,?,?,?,?,?)", values);
                return plan.withId(id);
            }
            int n = jdbc.update("UPDATE plan SET name=?, region=?, year=?, document=?, amount_yellow_band=?, "
                    + "rate_yellow_band=?, about_tolerance=?, rounding_scale=? WHERE id=" + plan.id(), values);
            if (n == 0) {
                throw new PersistenceException("plan " + plan.name() + " no longer exists");
            }
            return plan;
        });
    }

    public Optional<Plan> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM plan WHERE id = ?", PlanRepository::plan, id);
    }

    public Optional<Plan> findByName(String name) {
        return jdbc.one("SELECT " + COLUMNS + " FROM plan WHERE name = ?", PlanRepository::plan, name);
    }

    /** All plans, newest year first, then by name. */
    public List<Plan> findAll() {
        return jdbc.list("SELECT " + COLUMNS + " FROM plan ORDER BY year DESC, name", PlanRepository::plan);
    }

    /** Deletes the plan with its categories, indicators, observations and import batches. */
    public void delete(long id) {
        tx.run(() -> {
            // Observations first: observation.import_batch_id is ON DELETE RESTRICT, checked at once,
            // so the plan → import_batch cascade would be refused while imported observations remain.
            jdbc.update("DELETE FROM observation WHERE indicator_id IN (SELECT id FROM indicator WHERE plan_id = ?)",
                    id);
            return jdbc.update("DELETE FROM plan WHERE id = ?", id);
        });
    }

    public Category saveCategory(Category category) {
        return tx.run(() -> {
            if (category.id() == null) {
                long id = jdbc.insert("INSERT INTO category (plan_id, name, position) VALUES (?,?,?)",
                        category.planId(), category.name(), category.position());
                return category.withId(id);
            }
            jdbc.update("UPDATE category SET plan_id=?, name=?, position=? WHERE id=?",
                    category.planId(), category.name(), category.position(), category.id());
            return category;
        });
    }

    public List<Category> categories(long planId) {
        return jdbc.list("SELECT id, plan_id, name, position FROM category WHERE plan_id = ? ORDER BY position, id",
                rs -> new Category(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("name"),
                        rs.getInt("position")), planId);
    }

    /** Deletes a category; its indicators stay in the plan, without a category. */
    public void deleteCategory(long categoryId) {
        tx.run(() -> jdbc.update("DELETE FROM category WHERE id = ?", categoryId));
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        RuleSet rules = new RuleSet(new BigDecimal(rs.getString("amount_yellow_band")),
                new BigDecimal(rs.getString("rate_yellow_band")), new BigDecimal(rs.getString("about_tolerance")),
                rs.getInt("rounding_scale"));
        return new Plan(rs.getLong("id"), rs.getString("name"), rs.getString("region"), rs.getInt("year"),
                rs.getString("document"), rules);
    }
}
