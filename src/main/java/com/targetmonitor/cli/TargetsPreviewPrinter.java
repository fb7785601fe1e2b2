package com.targetmonitor.cli;

import com.targetmonitor.logic.excel.targets.TargetPreviewRow;
import com.targetmonitor.logic.excel.targets.TargetsPreview;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.model.Target;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a targets-table import preview: the plan, new categories and units, one line per indicator. */
final class TargetsPreviewPrinter {

    private static final List<String> HEADER = List.of("cell", "category", "name", "target text", "kind", "target",
            "action", "note");

    private TargetsPreviewPrinter() {
    }

    static void print(PrintWriter out, TargetsPreview p) {
        out.println("targets " + p.table().fileName() + " → plan " + p.plan().name() + " (" + p.plan().year()
                + (p.createsPlan() ? ", new" : "") + ")");
        if (!p.newCategories().isEmpty()) {
            out.println("  new categories: " + String.join("、", p.newCategories()));
        }
        if (!p.newUnits().isEmpty()) {
            out.println("  new units: " + String.join("、", p.newUnits()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TargetPreviewRow r : p.rows()) {
            String name = (r.parentName().isEmpty() ? "" : "  ") + r.line().name();
            rows.add(List.of(r.line().nameCell(), r.line().category(), name, r.line().targetText(),
                    r.kind().name().toLowerCase(Locale.ROOT), text(r.target(), r.unit()),
                    r.action().name().toLowerCase(Locale.ROOT), r.problem()));
        }
        if (!rows.isEmpty()) {
            TextTable.table(out, HEADER, rows);
        }
    }

    static String text(Target t, String unit) {
        if (t.deadline() != null) {
            return "by " + t.deadline();
        }
        if (!t.hasValue()) {
            return "";
        }
        String v = StatusColumns.number(t.value()) + unit;
        String s = switch (t.qualifier()) {
            case EXCEED -> "突破" + v;
            case AT_LEAST -> v + "以上";
            case ABOUT -> v + "左右";
            case AT_MOST -> v + "以内";
            case NONE -> v;
        };
        return t.stretch() == null ? s : s + " (力争" + StatusColumns.number(t.stretch()) + unit + ")";
    }

    static String summary(TargetsPreview p) {
        return p.count(com.targetmonitor.logic.excel.targets.TargetAction.CREATE) + " new, "
                + p.count(com.targetmonitor.logic.excel.targets.TargetAction.UPDATE) + " updated, "
                + p.count(com.targetmonitor.logic.excel.targets.TargetAction.UNCHANGED) + " unchanged, "
                + p.count(com.targetmonitor.logic.excel.targets.TargetAction.ERROR) + " unreadable";
    }
}
