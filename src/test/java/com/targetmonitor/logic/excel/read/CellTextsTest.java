package com.targetmonitor.logic.excel.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A number's text is the BigDecimal reading of the stored double, whichever way it is made. */
class CellTextsTest {

    @Test
    void plainNumbersReadAsTheirBigDecimalDigits() {
        Random random = new Random(7);
        double[] edges = {0.0, -0.0, 1, -1, 100, 1e7, 9_999_999.5, 1e-3, 0.00099, 1e-7, 123456789.125, 1e22, -3.5e-12,
            93.2456, 0.1 + 0.2, Double.MIN_VALUE, Double.MAX_VALUE, 2e23};
        for (double v : edges) {
            assertThat(CellTexts.plain(v)).as(Double.toString(v)).isEqualTo(CellTexts.plain(BigDecimal.valueOf(v)));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Math.round(random.nextDouble() * 1_000_000) / 100.0;
                case 1 -> random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
                case 2 -> random.nextInt(100_000) - 50_000;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            if (Double.isFinite(v)) {
                assertThat(CellTexts.plain(v)).as(Double.toString(v)).isEqualTo(CellTexts.plain(BigDecimal.valueOf(v)));
            }
        }
        assertThat(CellTexts.number(93.2456, 0, "General")).isEqualTo("93.2456");
        assertThat(CellTexts.number(0.125, 10, "0.00%")).isEqualTo("12.5%");
    }
}
