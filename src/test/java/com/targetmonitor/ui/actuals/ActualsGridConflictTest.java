package com.targetmonitor.ui.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grid when someone else (a second client of the same workspace file) changed a value or a note
 * after the grid showed it: nothing is overwritten, both values are shown through the DialogService,
 * and the officer's choice is what is stored.
 */
class ActualsGridConflictTest {

    private static final int JUNE = 6 - ActualsGridViewModel.FIRST_END_MONTH;
    private static final Period JUNE_2022 = Period.month(2022, 6);

    @TempDir
    Path tempDir;

    private Session session;
    private Workspace other;
    private RecordingDialogService dialogs;
    private ActualsGridViewModel vm;
    private long jobs;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path file = tempDir.resolve("w.tmdb");
        WorkspaceOpener.openOrCreateWithSeeds(file).close();
        session = new Session(Workspace.open(file));
        other = Workspace.open(file);
        dialogs = new RecordingDialogService();
        vm = new ActualsGridViewModel(TestStates.showing(session, ActualsGridViewModel.VIEW), dialogs);
        vm.setPlan(session.workspace().plans().findByName("金昌市2022年").orElseThrow());
        jobs = vm.rows().get(row()).indicator().id();
        assertThat(vm.cell(row(), JUNE).getText()).isEqualTo("5732");
        // Someone else stores 5900 after the grid showed 5732.
        new EditHistory(other).execute(new ActualsEdits(other).setValue("录入", jobs, JUNE_2022, 5732.0, 5900.0)
                .orElseThrow());
    }

    @AfterEach
    void close() {
        vm.dispose();
        other.close();
        session.close();
    }

    @Test
    void aConflictShowsBothValuesAndTakingTheirsOverwritesNothing() {
        dialogs.answerChoice(1);

        assertThat(vm.commit(row(), JUNE, "6000")).isFalse();

        RecordingDialogService.Shown asked = dialogs.shown().get(0);
        assertThat(asked.kind()).isEqualTo("choose");
        assertThat(asked.title()).isEqualTo("数值已被他人修改");
        assertThat(asked.message()).contains("城镇新增就业 1-6月", "您输入的值：6000", "他人保存的值：5900",
                "保留我的值 | 采用他人的值");
        assertThat(stored().value()).isEqualTo(5900.0);
        assertThat(vm.cell(row(), JUNE).getText()).isEqualTo("5900");
        assertThat(vm.getMessage()).contains("已采用他人保存的值");
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void keepingMineWritesItKnowinglyAsOneUndoableStep() {
        dialogs.answerChoice(0);

        assertThat(vm.commit(row(), JUNE, "6000")).isTrue();

        assertThat(stored().value()).isEqualTo(6000.0);
        assertThat(vm.cell(row(), JUNE).getText()).isEqualTo("6000");
        session.history().undo();
        assertThat(stored().value()).isEqualTo(5900.0);
    }

    @Test
    void aNoteTheOtherChangedWhileThisOfficerTypedIsNotOverwrittenSilently() {
        vm.select(new CellPosition(row(), JUNE));
        ProgressNote shown = session.actualsEdits().note(jobs, JUNE_2022);
        ProgressNote theirs = new ProgressNote("他人写的进展", shown.problems(), shown.nextSteps());
        new EditHistory(other).execute(new ActualsEdits(other).setNote("说明", jobs, JUNE_2022, shown, theirs)
                .orElseThrow());
        vm.note().progressProperty().set("我写的进展");
        dialogs.answerChoice(1);

        vm.saveNote();

        assertThat(dialogs.shown().get(0).message()).contains("我写的进展", "他人写的进展");
        assertThat(stored().note().progress()).isEqualTo("他人写的进展");
        assertThat(vm.note().progressProperty().get()).isEqualTo("他人写的进展");
        assertThat(vm.note().isDirty()).isFalse();
    }

    private int row() {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).getName().equals("城镇新增就业")) {
                return i;
            }
        }
        throw new AssertionError("no row 城镇新增就业");
    }

    private Observation stored() {
        return other.observations().find(jobs, JUNE_2022).orElseThrow();
    }
}
