package com.targetmonitor.logic.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.persistence.PersistenceException;
import com.targetmonitor.persistence.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's rules change as one undoable step, and only the rules. */
class PlanRulesEditTest {

    private static final RuleSet STRICT =
            new RuleSet(new BigDecimal("5"), new BigDecimal("0.5"), new BigDecimal("0.2"), 1);

    @TempDir
    Path dir;

    private Workspace workspace;
    private EditHistory history;
    private Plan plan;

    @BeforeEach
    void open() {
        workspace = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
        history = new EditHistory(workspace);
        plan = workspace.plans().findByName("金昌市2022年").orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void applyUndoRedo() {
        RuleSet original = plan.rules();
        PlanRulesEdit edit = PlanRulesEdit.change(workspace, "修改规则", plan.id(), STRICT);
        assertThat(edit.before()).isEqualTo(original);

        history.execute(edit);
        assertThat(rules()).isEqualTo(STRICT);
        assertThat(history.undoDescription()).contains("修改规则");

        history.undo();
        assertThat(rules()).isEqualTo(original);

        history.redo();
        assertThat(rules()).isEqualTo(STRICT);
    }

    @Test
    void onlyTheRulesAreWritten() {
        history.execute(PlanRulesEdit.change(workspace, "修改规则", plan.id(), STRICT));
        // Renamed after the rules changed: undoing the rules keeps the new name.
        workspace.plans().save(new Plan(plan.id(), "金昌市2022年（修订）", plan.region(), plan.year(), plan.document(),
                STRICT));

        history.undo();

        Plan now = workspace.plans().find(plan.id()).orElseThrow();
        assertThat(now.name()).isEqualTo("金昌市2022年（修订）");
        assertThat(now.rules()).isEqualTo(plan.rules());
    }

    @Test
    void aPlanDeletedMeanwhileFailsWithoutChangingAnything() {
        PlanRulesEdit edit = PlanRulesEdit.change(workspace, "修改规则", plan.id(), STRICT);
        workspace.plans().delete(plan.id());

        assertThatThrownBy(() -> history.execute(edit)).isInstanceOf(PersistenceException.class);
        assertThat(history.canUndo()).isFalse();
    }

    private RuleSet rules() {
        return workspace.plans().find(plan.id()).orElseThrow().rules();
    }
}
