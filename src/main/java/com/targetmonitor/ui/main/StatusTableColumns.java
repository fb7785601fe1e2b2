package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.model.Standing;
import com.targetmonitor.ui.GapTexts;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;

/**
 * The status table's columns. Each column knows the text it shows for a row, so copying the table
 * and fitting the widths use exactly what is on screen. Name, target and lead unit may wrap onto a
 * second line when the screen is narrow; numbers never wrap.
 */
final class StatusTableColumns {

    /**
     * One column with the text it shows.
     *
     * @param column the column
     * @param header its header on one line
     * @param text   what a row shows in it
     * @param wraps  whether its cells may take two lines
     * @param followsStanding whether its text changes with the standing (another month, a value); the
     *               others change only with the indicator (its code, name, unit, target, lead unit)
     */
    record Spec(TreeTableColumn<TableItem, ?> column, String header, Function<TableItem, String> text,
                boolean wraps, boolean followsStanding) {
        String id() {
            return column.getId();
        }
    }

    /** Pixels a tree level indents by and the disclosure arrow takes, for the name column's wrapping. */
    static final double TREE_INDENT = 10;
    static final double DISCLOSURE = 18;

    private final List<Spec> specs = new ArrayList<>();
    private TreeTableColumn<TableItem, ?> name;

    StatusTableColumns() {
        text("code", MainMsg.COL_CODE, r -> r.standing().indicator().code(), false);
        name = add(column("name", MainMsg.COL_NAME, StatusTableColumns::nameOf, s -> s, null, true, false));
        text("unit", MainMsg.COL_UNIT, r -> r.standing().indicator().unitOfMeasure(), false);
        text("target", MainMsg.COL_TARGET, r -> StatusCells.target(r.standing().indicator()), true);
        add(column("actual", MainMsg.COL_ACTUAL, standing(Standing::actual), StatusColumns::number,
                Comparator.nullsFirst(Comparator.<Double>naturalOrder()), false, true));
        add(decimal("completion", MainMsg.COL_COMPLETION, Standing::completionPct, StatusCells::percent));
        add(decimal("timeProgress", MainMsg.COL_TIME_PROGRESS, Standing::timeProgressPct, StatusCells::percent));
        // The gap in words ("低于目标3.7个百分点"), sorted by its number.
        add(column("gap", MainMsg.COL_GAP, standing(s -> s), s -> s == null ? "" : GapTexts.of(s),
                Comparator.nullsFirst(Comparator.comparing(StatusTableColumns::gapValue,
                        Comparator.nullsFirst(Comparator.naturalOrder()))), true, true));
        TreeTableColumn<TableItem, Standing> status = new TreeTableColumn<>(I18n.get(MainMsg.COL_STATUS));
        status.setId("status");
        status.setCellValueFactory(c -> observed(c.getValue().getValue(), StatusTableColumns::standingOf));
        status.setCellFactory(col -> new StatusCell());
        status.setComparator(Comparator.nullsFirst(Comparator.comparing((Standing s) -> s.status().ordinal())));
        specs.add(new Spec(status, I18n.get(MainMsg.COL_STATUS), item -> {
            Standing s = standingOf(item);
            return s == null ? "" : StatusTexts.word(s.status());
        }, true, true));
        text("lead", MainMsg.COL_LEAD_UNIT, StandingRow::leadUnitName, true);
    }

    List<Spec> specs() {
        return specs;
    }

    List<TreeTableColumn<TableItem, ?>> columns() {
        return specs.stream().<TreeTableColumn<TableItem, ?>>map(Spec::column).toList();
    }

    /** The column that carries the tree (categories and decomposed parts indent under it). */
    TreeTableColumn<TableItem, ?> treeColumn() {
        return name;
    }

    /**
     * Whether the columns that do not follow the standing show the same for both rows: they read
     * only the indicator and its lead unit's name.
     */
    static boolean sameIndicatorTexts(StandingRow a, StandingRow b) {
        return a.standing().indicator().equals(b.standing().indicator()) && a.leadUnitName().equals(b.leadUnitName());
    }

    static StandingRow row(TreeItem<TableItem> item) {
        return item == null ? null : row(item.getValue());
    }

    static StandingRow row(TableItem item) {
        return item instanceof TableItem.IndicatorItem i ? i.row() : null;
    }

    private static Standing standingOf(TableItem item) {
        StandingRow r = row(item);
        return r == null ? null : r.standing();
    }

    private static BigDecimal gapValue(Standing s) {
        return s.gapPts() != null ? s.gapPts() : s.deviationPts();
    }

    private static String nameOf(TableItem item) {
        return item instanceof TableItem.CategoryItem cat ? cat.name()
                : item instanceof TableItem.IndicatorItem ind ? ind.row().standing().indicator().name() : "";
    }

    private static <T> Function<TableItem, T> standing(Function<Standing, T> value) {
        return item -> {
            Standing s = standingOf(item);
            return s == null ? null : value.apply(s);
        };
    }

    /**
     * A cell's value that follows its indicator's row: a new standing updates the cells showing
     * that row, and only those (the tree items and the rows stay as they are).
     */
    static <T> ObservableValue<T> observed(TableItem item, Function<TableItem, T> value) {
        if (item instanceof TableItem.IndicatorItem indicator) {
            return indicator.rowProperty().map(r -> value.apply(indicator));
        }
        return new ReadOnlyObjectWrapper<>(value.apply(item));
    }

    private TreeTableColumn<TableItem, ?> add(Spec spec) {
        specs.add(spec);
        return spec.column();
    }

    private void text(String id, MainMsg header, Function<StandingRow, String> value, boolean wraps) {
        add(column(id, header, item -> {
            StandingRow r = row(item);
            return r == null ? "" : value.apply(r);
        }, s -> s, null, wraps, false));
    }

    private static Spec decimal(String id, MainMsg header, Function<Standing, BigDecimal> value,
                                Function<BigDecimal, String> format) {
        return column(id, header, standing(value), format, Comparator.nullsFirst(Comparator.naturalOrder()), false, true);
    }

    private static <T> Spec column(String id, MainMsg header, Function<TableItem, T> value, Function<T, String> format,
                                   Comparator<T> comparator, boolean wraps, boolean followsStanding) {
        TreeTableColumn<TableItem, T> column = new TreeTableColumn<>(I18n.get(header));
        column.setId(id);
        column.setCellValueFactory(c -> observed(c.getValue().getValue(), value));
        // Only the numeric columns sort by a comparator of their own, and only they align right.
        boolean number = comparator != null;
        column.setCellFactory(col -> wraps ? new TextCells.Wrapping<>(format) : new TextCells.OneLine<>(format, number));
        if (comparator != null) {
            column.setComparator(comparator);
        }
        return new Spec(column, I18n.get(header), item -> {
            T v = value.apply(item);
            return v == null ? "" : format.apply(v);
        }, wraps, followsStanding);
    }
}
