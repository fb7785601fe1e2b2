package com.targetmonitor.cli;

import com.targetmonitor.logic.extract.DocumentPreview;
import com.targetmonitor.logic.extract.Extraction;
import com.targetmonitor.logic.extract.ObservationRow;
import com.targetmonitor.logic.extract.ProposalAction;
import com.targetmonitor.logic.extract.ProposedObservation;
import com.targetmonitor.logic.extract.ProposedTarget;
import com.targetmonitor.logic.extract.TargetRow;
import com.targetmonitor.model.Direction;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rows of the extract command: proposed targets, progress figures, statements, and an import preview. */
final class ExtractPrinter {

    static final List<String> TARGET_COLUMNS = List.of("name", "kind", "target", "unit", "qualifier", "direction",
            "stretch", "deadline", "sentence");
    static final List<String> PROGRESS_COLUMNS = List.of("name", "period", "value", "unit", "completion",
            "deviation", "time_progress_gap", "yoy", "sentence");
    static final List<String> STATEMENT_COLUMNS = List.of("name", "phrase", "sentence");

    private ExtractPrinter() {
    }

    static List<List<String>> targetRows(Extraction e) {
        return e.targets().stream().map(ExtractPrinter::targetRow).toList();
    }

    static List<String> targetRow(ProposedTarget t) {
        return List.of(t.name(), t.kind().name().toLowerCase(Locale.ROOT), number(t.value()), t.unit(),
                t.qualifier().word(), t.direction() == Direction.LOWER_BETTER ? "lower_better" : "higher_better",
                number(t.stretch()), t.deadline() == null ? "" : t.deadline().toString(), t.sentence().text());
    }

    static List<List<String>> progressRows(Extraction e) {
        return e.observations().stream().map(o -> List.of(o.name(), period(o), number(o.value()), o.unit(),
                number(o.completion()), number(o.deviation()), number(o.aheadOfTime()), number(o.yoy()),
                o.sentence().text())).toList();
    }

    static List<List<String>> statementRows(Extraction e) {
        return e.statements().stream().map(s -> List.of(s.name(), s.phrase(), s.sentence().text())).toList();
    }

    static void preview(PrintWriter out, DocumentPreview p) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetRow r : p.targets()) {
            ProposedTarget t = r.proposal();
            rows.add(List.of(r.action().name().toLowerCase(Locale.ROOT), t.name(), t.kind().name().toLowerCase(Locale.ROOT),
                    number(t.value()) + t.unit() + t.qualifier().word()
                            + (t.deadline() == null ? "" : t.deadline().toString()),
                    r.existingTarget() == null || r.existingTarget().value() == null ? ""
                            : number(r.existingTarget().value())));
        }
        for (ObservationRow r : p.observations()) {
            if (r.action() == ProposalAction.NO_INDICATOR && !r.proposal().isProgress()) {
                continue;
            }
            rows.add(List.of(r.action().name().toLowerCase(Locale.ROOT), r.proposal().name(),
                    r.period() == null ? r.proposal().periodLabel() : r.period().key(), number(r.value()),
                    number(r.previous())));
        }
        TextTable.table(out, List.of("action", "name", "kind/period", "new", "now"), rows);
    }

    static String summary(DocumentPreview p) {
        return (p.createsPlan() ? "new plan " + p.plan().name() + " (" + p.plan().year() + "), " : "")
                + p.count(ProposalAction.CREATE) + " indicators to create, " + p.count(ProposalAction.UPDATE)
                + " targets to update, " + p.count(ProposalAction.WRITE) + " values to write, "
                + p.observations().stream().filter(r -> r.action() == ProposalAction.NO_INDICATOR
                && r.proposal().isProgress()).count() + " progress figures without an indicator, "
                + p.statements().size() + " targets without a figure";
    }

    private static String period(ProposedObservation o) {
        return o.year() + "年" + o.periodLabel();
    }

    static String number(Double d) {
        return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
