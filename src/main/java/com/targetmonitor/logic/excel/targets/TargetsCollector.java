package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.logic.excel.read.RowSink;
import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.stats.ColumnRole;
import com.targetmonitor.logic.excel.stats.Header;
import com.targetmonitor.logic.excel.stats.HeaderClassifier;
import com.targetmonitor.logic.excel.stats.HeaderDetector;
import com.targetmonitor.logic.excel.stats.SkippedRow;
import com.targetmonitor.logic.excel.text.PeriodText;
import com.targetmonitor.logic.excel.text.TargetTextParser;
import com.targetmonitor.model.number.UnitConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the rows of a targets table: section rows become categories, "其中：" rows and the indented or
 * sub-numbered rows under them become parts of the row above, every other row an indicator.
 */
final class TargetsCollector implements RowSink {

    private static final Pattern SECTION_NAME = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.．]|（[一二三四五六七八九十]{1,3}）"
            + "|\\([一二三四五六七八九十]{1,3}\\)|第[一二三四五六七八九十]{1,3}[部分章节类])");
    private static final Pattern SECTION_CODE = Pattern.compile("^[一二三四五六七八九十]{1,3}$");
    private static final Pattern CHILD_PREFIX = Pattern.compile("^\\s*其中\\s*[:：]\\s*");
    private static final Pattern SUB_CODE = Pattern.compile("^(\\d+)[.\\-－]\\d+$|^[(（]\\d+[)）]$");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[（(]([^（）()]{1,8})[)）]$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(注|说明|备注|附注|填报|制表)[0-9:：、.，,\\s]");

    private final int planYear;
    private final List<TargetLine> lines = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private List<SheetRow> top;
    private Header header;
    private boolean gaveUp;
    private String category = "";
    private String title = "";
    private Integer year;
    private int lastTopLevel = -1;
    private String lastTopCode = "";
    private boolean inChildren;
    private boolean anyHeader;
    /** The sheet row of each line of this sheet (index into lines → row), for merges told at its end. */
    private final java.util.Map<Integer, Integer> sheetRows = new java.util.HashMap<>();
    private final List<int[]> merges = new ArrayList<>();

    TargetsCollector(int planYear) {
        this.planYear = planYear;
    }

    List<TargetLine> lines() {
        return lines;
    }

    List<SkippedRow> skipped() {
        return skipped;
    }

    String title() {
        return title;
    }

    Integer year() {
        return year;
    }

    boolean foundHeader() {
        return anyHeader;
    }

    @Override
    public boolean startSheet(String name, boolean hidden) {
        if (hidden) {
            return false;
        }
        top = new ArrayList<>();
        header = null;
        gaveUp = false;
        sheetRows.clear();
        merges.clear();
        return true;
    }

    @Override
    public void row(SheetRow row) {
        if (header != null) {
            line(row);
        } else if (!gaveUp) {
            top.add(row);
            if (top.size() >= HeaderDetector.SCAN_ROWS) {
                detect();
            }
        }
    }

    @Override
    public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastRow > firstRow) {
            merges.add(new int[] {firstRow, lastRow, firstColumn, lastColumn});
        }
    }

    @Override
    public void endSheet() {
        if (header == null && !gaveUp) {
            detect();
        }
        if (header != null) {
            carryMergedUnits();
        }
    }

    /**
     * A 牵头单位 / 配合单位 cell merged down over several rows holds its text in the top row only: the
     * rows below it share those units.
     */
    private void carryMergedUnits() {
        int lead = header.column(ColumnRole.LEAD_UNIT);
        int support = header.column(ColumnRole.SUPPORT_UNIT);
        java.util.Map<Integer, Integer> lineAt = new java.util.HashMap<>();
        sheetRows.forEach((line, row) -> lineAt.put(row, line));
        for (int[] m : merges) {
            boolean overLead = lead >= 0 && m[2] <= lead && lead <= m[3];
            boolean overSupport = support >= 0 && m[2] <= support && support <= m[3];
            Integer topLine = lineAt.get(m[0]);
            if (!overLead && !overSupport || topLine == null) {
                continue;
            }
            TargetLine top = lines.get(topLine);
            for (int r = m[0] + 1; r <= m[1]; r++) {
                Integer at = lineAt.get(r);
                if (at == null) {
                    continue;
                }
                TargetLine l = lines.get(at);
                lines.set(at, new TargetLine(l.nameCell(), l.code(), l.name(), l.unit(), l.targetText(),
                        l.targetCell(), l.attribute(), overLead && l.lead().isEmpty() ? top.lead() : l.lead(),
                        overSupport && l.support().isEmpty() ? top.support() : l.support(), l.category(), l.parent(),
                        l.parsed()));
            }
        }
    }

    private void detect() {
        header = HeaderDetector.targets(top).orElse(null);
        if (header == null) {
            gaveUp = true;
            return;
        }
        anyHeader = true;
        for (SheetRow r : top) {
            if (r.index() < header.firstRow()) {
                for (int c : r.filledColumns()) {
                    if (title.isEmpty()) {
                        title = r.text(c);
                    }
                    if (year == null) {
                        year = PeriodText.find(r.text(c)).year();
                    }
                }
            } else if (r.index() > header.lastRow()) {
                line(r);
            }
        }
    }

    private void line(SheetRow row) {
        int[] filled = row.filledColumns();
        if (filled.length == 0) {
            return;
        }
        String rawName = raw(row, header.column(ColumnRole.NAME));
        String name = rawName.strip();
        String code = row.text(header.column(ColumnRole.CODE));
        String target = row.text(header.column(ColumnRole.TARGET));
        String unit = row.text(header.column(ColumnRole.UNIT));
        String first = row.text(filled[0]);
        if (row.hidden()) {
            skipped.add(new SkippedRow(row.address(filled[0]), first, SkippedRow.Reason.HIDDEN));
            return;
        }
        if (FOOTNOTE.matcher(first + " ").find() && filled.length == 1) {
            skipped.add(new SkippedRow(row.address(filled[0]), first, SkippedRow.Reason.FOOTNOTE));
            return;
        }
        if (!name.isEmpty() && HeaderClassifier.classify(name) == ColumnRole.NAME) {
            skipped.add(new SkippedRow(row.address(filled[0]), first, SkippedRow.Reason.HEADER));
            return;
        }
        if (target.isEmpty() && unit.isEmpty() && (SECTION_NAME.matcher(name).find() || SECTION_CODE.matcher(code)
                .matches() || name.isEmpty() && !code.isEmpty())) {
            String section = name.isEmpty() ? code : name;
            category = SECTION_CODE.matcher(code).matches() && !SECTION_NAME.matcher(name).find() && !name.isEmpty()
                    ? code + "、" + name : section;
            lastTopLevel = -1;
            inChildren = false;
            return;
        }
        if (name.isEmpty()) {
            skipped.add(new SkippedRow(row.address(filled[0]), first, SkippedRow.Reason.NO_VALUES));
            return;
        }
        int parent = -1;
        boolean childPrefix = CHILD_PREFIX.matcher(name).find();
        var sub = SUB_CODE.matcher(code);
        boolean subCode = sub.matches() && (sub.group(1) == null || sub.group(1).equals(lastTopCode));
        boolean indented = !rawName.isEmpty() && (rawName.charAt(0) == ' ' || rawName.charAt(0) == '\u3000');
        if (lastTopLevel >= 0 && (childPrefix || subCode || inChildren && indented)) {
            parent = lastTopLevel;
            inChildren = true;
            name = CHILD_PREFIX.matcher(name).replaceFirst("");
        } else {
            inChildren = false;
        }
        // A line break inside the name cell is layout, and "森林覆盖率（%）" names its unit.
        name = name.replaceAll("\\s*\\R\\s*", "");
        var unitInName = UNIT_IN_NAME.matcher(name);
        if (unitInName.find() && UnitConverter.isUnit(UnitConverter.clean(unitInName.group(1)))) {
            unit = unit.isEmpty() ? unitInName.group(1) : unit;
            name = name.substring(0, unitInName.start());
        }
        if (unit.isEmpty() && parent >= 0 && TargetTextParser.parse(target, "", name, planYear).unit().isEmpty()) {
            // A bare number in a 其中 row counts in its whole's unit.
            TargetLine whole = lines.get(parent);
            unit = !whole.unit().isEmpty() ? whole.unit() : whole.parsed().unit();
        }
        int nameCol = header.column(ColumnRole.NAME);
        int targetCol = header.column(ColumnRole.TARGET);
        sheetRows.put(lines.size(), row.index());
        lines.add(new TargetLine(row.address(nameCol), code, name, unit, target,
                targetCol >= 0 ? row.address(targetCol) : "", row.text(header.column(ColumnRole.ATTRIBUTE)),
                row.text(header.column(ColumnRole.LEAD_UNIT)), row.text(header.column(ColumnRole.SUPPORT_UNIT)),
                category, parent, TargetTextParser.parse(target, unit, name, year != null ? year : planYear)));
        if (parent < 0) {
            lastTopLevel = lines.size() - 1;
            lastTopCode = code;
        }
    }

    /** The name cell with its leading spaces: indentation marks a part in many tables. */
    private static String raw(SheetRow row, int column) {
        return row.rawText(column).stripTrailing();
    }
}
