package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.indicator;
import static com.targetmonitor.persistence.Fixtures.plan;
import static com.targetmonitor.persistence.Fixtures.rowCount;
import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ws.inTransaction: all of the work is stored, or none of it. */
class TransactionTest {

    @TempDir
    Path dir;

    private Path file;
    private Workspace ws;

    @BeforeEach
    void open() {
        file = dir.resolve("ws.db");
        ws = Workspace.create(file);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anExceptionInsideTheTransactionLeavesNothingBehind() {
        RuntimeException boom = new RuntimeException("boom");

        assertThatThrownBy(() -> ws.inTransaction(() -> {
            Plan p = ws.plans().save(plan("金昌市2022年"));
            ws.indicators().save(indicator(p.id(), "地区生产总值"));
            throw boom;
        })).isSameAs(boom);

        assertThat(ws.plans().findAll()).isEmpty();
        assertThat(ws.plans().findByName("金昌市2022年")).isEmpty();
        assertThat(rowCount(file, "plan")).isZero();
        assertThat(rowCount(file, "indicator")).isZero();

        ws = Fixtures.reopen(ws);
        assertThat(ws.plans().findAll()).isEmpty();
        assertThat(rowCount(file, "indicator")).isZero();
    }

    @Test
    void aFailingSecondStatementRollsBackTheFirst() {
        savedPlan(ws, "已有计划");

        assertThatThrownBy(() -> ws.inTransaction(() -> {
            Plan p = ws.plans().save(plan("新计划"));
            ws.indicators().save(indicator(p.id(), "固定资产投资"));
            ws.plans().save(plan("已有计划")); // UNIQUE name
        })).isInstanceOf(PersistenceException.class).hasMessageContaining("already used");

        assertThat(ws.plans().findAll()).extracting(Plan::name).containsExactly("已有计划");
        assertThat(rowCount(file, "indicator")).isZero();
    }

    @Test
    void theWorkspaceIsUsableAfterARollback() {
        assertThatThrownBy(() -> ws.inTransaction(() -> {
            savedPlan(ws, "甲");
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class);

        // Autocommit is back: a plain save is stored and visible to another connection.
        Plan p = savedPlan(ws, "乙");
        assertThat(rowCount(file, "plan")).isEqualTo(1);
        assertThat(ws.plans().findAll()).containsExactly(p);
    }

    @Test
    void aSuccessfulTransactionStoresEverythingAndReturnsTheResult() {
        Long indicatorId = ws.inTransaction(() -> {
            Plan p = savedPlan(ws, "金昌市2022年");
            long id = ws.indicators().save(indicator(p.id(), "地区生产总值")).id();
            ws.observations().save(Observation.of(id, Period.quarter(2022, 1), 120.5));
            return id;
        });

        assertThat(rowCount(file, "plan")).isEqualTo(1);
        assertThat(rowCount(file, "indicator")).isEqualTo(1);
        assertThat(rowCount(file, "observation")).isEqualTo(1);
        assertThat(ws.observations().findByIndicator(indicatorId)).hasSize(1);
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() {
        assertThatThrownBy(() -> ws.inTransaction(() -> {
            ws.inTransaction(() -> {
                savedPlan(ws, "内层");
            });
            // The inner call returned: its work must not be committed yet.
            assertThat(rowCount(file, "plan")).isZero();
            throw new RuntimeException("outer fails");
        })).hasMessage("outer fails");

        assertThat(ws.plans().findAll()).isEmpty();
    }

    @Test
    void aFailedRepositoryCallOutsideATransactionStoresNothing() {
        Plan p = savedPlan(ws, "金昌市2022年");
        long missingUnit = 999;
        // The indicator row goes in before its units; the unit's foreign key fails: the row must go too.
        assertThatThrownBy(() -> ws.indicators().save(Fixtures.fullIndicator(p.id(), null, null, missingUnit)))
                .isInstanceOf(PersistenceException.class);

        assertThat(ws.indicators().findByPlan(p.id())).isEmpty();
        assertThat(rowCount(file, "indicator")).isZero();
        assertThat(rowCount(file, "indicator_phasing")).isZero();
    }
}
