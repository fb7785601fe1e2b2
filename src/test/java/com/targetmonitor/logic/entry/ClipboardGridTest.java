package com.targetmonitor.logic.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clipboard text as Excel and WPS write it. */
class ClipboardGridTest {

    @Test
    void aColumnIsOneValuePerLine() {
        assertThat(ClipboardGrid.parse("1,234.5\r\n12.5%\r\n—\r\n"))
                .containsExactly(List.of("1,234.5"), List.of("12.5%"), List.of("—"));
    }

    @Test
    void aBlockHasTabsBetweenColumns() {
        List<List<String>> rows = ClipboardGrid.parse("1\t2\n3\t\n");
        assertThat(rows).containsExactly(List.of("1", "2"), List.of("3", ""));
        assertThat(ClipboardGrid.width(rows)).isEqualTo(2);
    }

    @Test
    void emptyLinesBeforeTheLastBreakAreEmptyCells() {
        assertThat(ClipboardGrid.parse("5\n\n\n")).containsExactly(List.of("5"), List.of(""), List.of(""));
        assertThat(ClipboardGrid.parse("5")).containsExactly(List.of("5"));
    }

    @Test
    void nothingIsNoRows() {
        assertThat(ClipboardGrid.parse("")).isEmpty();
        assertThat(ClipboardGrid.parse(null)).isEmpty();
    }

    @Test
    void quotedCellsAreUnquoted() {
        assertThat(ClipboardGrid.parse("\"1,234\"\t\"say \"\"hi\"\"\"\n"))
                .containsExactly(List.of("1,234", "say \"hi\""));
    }

    @Test
    void formatIsReadBack() {
        List<List<String>> rows = List.of(List.of("1", ""), List.of("3", "4"));
        assertThat(ClipboardGrid.parse(ClipboardGrid.format(rows))).isEqualTo(rows);
    }
}
