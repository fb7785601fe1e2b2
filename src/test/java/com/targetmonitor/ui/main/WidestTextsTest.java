package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A column's longest texts kept row by row are the ones read afresh from all rows, whatever the
 * order the rows were offered in; a column is read again only when a row that showed one of its
 * kept texts (and the last one to show it) changed.
 */
class WidestTextsTest {

    private static final String[] PIECES = {"1", "23", "4.5", "低于目标", "个百分点", "%", "ab", "超时序进度", "无数据", "W"};

    private static String text(Random random) {
        int n = random.nextInt(5);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static WidestTexts readAfresh(List<String> rows, List<Double> extras, Random order) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, order);
        WidestTexts fresh = new WidestTexts();
        fresh.clear("c");
        indices.forEach(i -> fresh.offer("c", rows.get(i), extras.get(i)));
        return fresh;
    }

    @Test
    void keptRowByRowEqualsReadAfreshAfterEveryChange() {
        Random random = new Random(11);
        List<String> rows = new ArrayList<>();
        List<Double> extras = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(text(random));
            extras.add(random.nextInt(3) * 10.0);
        }
        WidestTexts kept = readAfresh(rows, extras, random);
        int readAgain = 0;
        for (int step = 0; step < 3000; step++) {
            int row = random.nextInt(rows.size());
            String after = text(random);
            if (!kept.replace("c", rows.get(row), extras.get(row), after, extras.get(row))) {
                readAgain++;
                rows.set(row, after);
                kept = readAfresh(rows, extras, random);
            }
            rows.set(row, after);
            assertThat(new ArrayList<>(kept.candidates("c"))).as("step %d", step)
                    .isEqualTo(new ArrayList<>(readAfresh(rows, extras, random).candidates("c")));
        }
        // Some changes hit a kept text (and the column was read again); most did not.
        assertThat(readAgain).isPositive().isLessThan(3000 / 10);
    }

    @Test
    void aTextShownByOtherRowsTooStaysWhenOneOfThemChanges() {
        WidestTexts kept = new WidestTexts();
        kept.clear("c");
        for (int i = 0; i < WidestTexts.KEPT; i++) {
            kept.offer("c", "x".repeat(10 + i), 0);
        }
        kept.offer("c", "低于目标3.7个百分点", 0);
        kept.offer("c", "低于目标3.7个百分点", 0);

        assertThat(kept.replace("c", "低于目标3.7个百分点", 0, "1", 0)).isTrue();
        assertThat(kept.candidates("c")).extracting(WidestTexts.Candidate::text).contains("低于目标3.7个百分点");
        // The last row showing it changed: what takes its place among the longest is not known.
        assertThat(kept.replace("c", "低于目标3.7个百分点", 0, "1", 0)).isFalse();
    }

    @Test
    void aLongerTextTakesThePlaceOfTheShortestAndAShorterOneChangesNothing() {
        WidestTexts kept = new WidestTexts();
        kept.clear("c");
        for (int i = 0; i < WidestTexts.KEPT; i++) {
            kept.offer("c", "x".repeat(10 + i), 0);
        }
        assertThat(kept.replace("c", "", 0, "y".repeat(40), 0)).isTrue();
        assertThat(kept.replace("c", "z", 0, "z".repeat(5), 0)).isTrue();

        assertThat(kept.candidates("c")).hasSize(WidestTexts.KEPT).extracting(WidestTexts.Candidate::text)
                .contains("y".repeat(40)).doesNotContain("x".repeat(10), "z".repeat(5));
    }
}
