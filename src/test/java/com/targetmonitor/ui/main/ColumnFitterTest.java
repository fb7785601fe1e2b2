package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Column widths from content, fitted to the table's width, with a fake font: 10 px a character. */
class ColumnFitterTest {

    private final ColumnFitter fitter = new ColumnFitter(text -> text.lines()
            .mapToDouble(String::length).max().orElse(0) * 10, 20);

    private static final List<ColumnFitter.Column> COLUMNS = List.of(
            new ColumnFitter.Column("code", "编码", 60, 0),
            new ColumnFitter.Column("name", "指标名称", 300, 120),
            new ColumnFitter.Column("gap", "差距(百分点)", 70, 0),
            new ColumnFitter.Column("lead", "牵头单位", 140, 80));

    @Test
    void wideEnoughGivesEveryColumnItsContentAndTheRestToTheName() {
        ColumnFitter.Fit fit = fitter.fit(COLUMNS, 1000, "name");
        // The gap's header on one line (7 characters and padding) is wider than its numbers.
        assertThat(fit.widths()).containsEntry("code", 60.0).containsEntry("gap", 90.0).containsEntry("lead", 140.0);
        assertThat(fit.widths().get("name")).isEqualTo(1000 - 60 - 90 - 140.0);
        assertThat(fit.headers()).containsEntry("gap", "差距(百分点)");
        assertThat(fit.total()).isEqualTo(1000);
    }

    @Test
    void narrowerBreaksLongHeadersIntoTwoLinesBeforeWrappingAnyCell() {
        ColumnFitter.Fit fit = fitter.fit(COLUMNS, 580, "name");
        assertThat(fit.headers().get("gap")).isEqualTo("差距\n(百分点)");
        assertThat(fit.headers().get("lead")).isEqualTo("牵头单位");
        assertThat(fit.widths()).containsEntry("gap", 70.0).containsEntry("lead", 140.0);
        assertThat(fit.widths().get("name")).isGreaterThanOrEqualTo(300);
        assertThat(fit.total()).isEqualTo(580);
    }

    @Test
    void narrowerStillWrapsTheLongestTextFirstAndNeverBelowTheMinimum() {
        ColumnFitter.Fit fit = fitter.fit(COLUMNS, 480, "name");
        assertThat(fit.total()).isLessThanOrEqualTo(480).isGreaterThan(470);
        // The name gave up width; the short lead unit kept all of its.
        assertThat(fit.widths().get("name")).isLessThan(300).isGreaterThanOrEqualTo(120);
        assertThat(fit.widths()).containsEntry("lead", 140.0);

        ColumnFitter.Fit tiny = fitter.fit(COLUMNS, 200, "name");
        assertThat(tiny.widths()).containsEntry("name", 120.0).containsEntry("lead", 80.0);
        assertThat(tiny.total()).isGreaterThan(200);
    }

    @Test
    void headersBreakAtBracketsAndSpacesOrBetweenChineseCharacters() {
        assertThat(ColumnFitter.twoLines("差距(百分点)")).isEqualTo("差距\n(百分点)");
        assertThat(ColumnFitter.twoLines("时序进度")).isEqualTo("时序\n进度");
        assertThat(ColumnFitter.twoLines("Time progress")).isEqualTo("Time\nprogress");
        assertThat(ColumnFitter.twoLines("Gap (points)")).isEqualTo("Gap\n(points)");
        assertThat(ColumnFitter.twoLines("Code")).isEqualTo("Code");
        assertThat(ColumnFitter.twoLines("率")).isEqualTo("率");
    }
}
