package com.targetmonitor.persistence;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Phasing;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small builders and file helpers shared by the persistence tests. */
final class Fixtures {

    /** Non-default rules: every value differs from {@link RuleSet#DEFAULT}, with trailing zeros kept. */
    static final RuleSet CUSTOM_RULES =
            new RuleSet(new BigDecimal("12.5"), new BigDecimal("0.75"), new BigDecimal("0.30"), 1);

    /** A back-loaded investment phasing (non-decreasing, not month ÷ 12). */
    static final Phasing BACK_LOADED = new Phasing(List.of(
            2.5, 6.0, 12.0, 20.0, 28.5, 40.0, 48.0, 56.0, 66.6, 78.0, 90.0, 100.0));

    private Fixtures() {
    }

    static Plan plan(String name) {
        return new Plan(null, name, "金昌市", 2022, "2022年市政府工作报告", CUSTOM_RULES);
    }

    /** A stored plan with the given name. */
    static Plan savedPlan(Workspace ws, String name) {
        return ws.plans().save(plan(name));
    }

    static Unit savedUnit(Workspace ws, String name, UnitKind kind, Long parentId) {
        return ws.units().save(new Unit(null, name, kind, parentId, ""));
    }

    /** A minimal amount indicator of the plan, no category, no parent, no units. */
    static Indicator indicator(long planId, String name) {
        return new Indicator(null, planId, null, null, "", name, "亿元", IndicatorKind.AMOUNT, Frequency.MONTHLY,
                Target.of(100, Qualifier.AT_LEAST), Source.NONE, List.of(), null, 0);
    }

    static Indicator child(long planId, long parentId, String name) {
        return indicator(planId, name).withParent(parentId);
    }

    /** An indicator with every field set to a non-default value. */
    static Indicator fullIndicator(long planId, Long categoryId, Long parentId, long leadUnitId,
                                   long... supportUnitIds) {
        List<Responsibility> units = new ArrayList<>();
        units.add(new Responsibility(leadUnitId, ResponsibilityRole.LEAD));
        for (long id : supportUnitIds) {
            units.add(new Responsibility(id, ResponsibilityRole.SUPPORT));
        }
        Target target = new Target(3.5, Qualifier.AT_MOST, Direction.LOWER_BETTER, 3.25, LocalDate.of(2022, 3, 31));
        Source source = new Source("确保城镇调查失业率控制在3.5%以内，力争3.25%。", "金昌市2022年政府工作报告",
                "目标由上年实际值推得");
        return new Indicator(null, planId, categoryId, parentId, "2.1", "城镇调查失业率（其中：金川区）", "%",
                IndicatorKind.LEVEL, Frequency.QUARTERLY, target, source, units, BACK_LOADED, 7);
    }

    static Category category(long planId, String name, int position) {
        return new Category(null, planId, name, position);
    }

    /** Closes the workspace and opens its file again, so reads come from the file and not from memory. */
    static Workspace reopen(Workspace ws) {
        ws.close();
        return TestWorkspaces.open(ws);
    }

    /** Row count of a table of the workspace (a file or a server database), read through a plain connection. */
    static int rowCount(Workspace ws, String table) {
        try (Connection c = TestWorkspaces.plainConnection(ws); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot count " + table, e);
        }
    }

    /** Inserts an import batch row through a plain connection to the workspace and returns its id. */
    static long insertImportBatch(Workspace ws, long planId) {
        try (Connection c = TestWorkspaces.plainConnection(ws); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO import_batch (plan_id, file_name, file_sha256, imported_at, row_count) "
                    + "VALUES (" + planId + ", '1-6月统计月报.xlsx', 'abc123', '2022-07-15T10:00:00', 3)");
            try (ResultSet rs = st.executeQuery("SELECT max(id) FROM import_batch")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot insert an import batch", e);
        }
    }

    /** Row count of a table, read through a separate plain JDBC connection. */
    static int rowCount(Path file, String table) {
        return queryInt(file, "SELECT count(*) FROM " + table);
    }

    static int queryInt(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    static String queryString(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    /** Runs statements on the file through a plain JDBC connection (not a workspace). */
    static void execute(Path file, String... sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new AssertionError("statement failed", e);
        }
    }

    /** Inserts an import batch row through a plain connection and returns its id. */
    static long insertImportBatch(Path file, long planId) {
        execute(file, "INSERT INTO import_batch (plan_id, file_name, file_sha256, imported_at, row_count) "
                + "VALUES (" + planId + ", '1-6月统计月报.xlsx', 'abc123', '2022-07-15T10:00:00', 3)");
        return queryInt(file, "SELECT max(id) FROM import_batch");
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
