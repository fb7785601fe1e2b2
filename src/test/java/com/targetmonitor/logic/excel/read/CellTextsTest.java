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

    /**
     * The reader passes a stored text through unparsed when it is canonical and the format reads plain:
     * that is only right if parsing and writing it gives the same text. Random decimals of 1 to 15 digits
     * at every scale a cell holds, both signs.
     */
    @Test
    void aCanonicalDecimalIsWhatParsingAndWritingItGives() {
        Random random = new Random(11);
        int checked = 0;
        for (int i = 0; i < 300_000; i++) {
            int digits = 1 + random.nextInt(15);
            long unscaled = 0;
            for (int d = 0; d < digits; d++) {
                unscaled = unscaled * 10 + random.nextInt(10);
            }
            String text = new BigDecimal(java.math.BigInteger.valueOf(unscaled), random.nextInt(digits + 9))
                    .stripTrailingZeros().toPlainString();
            text = random.nextBoolean() && unscaled != 0 ? "-" + text : text;
            if (com.targetmonitor.model.number.PlainDecimal.isCanonical(text)) {
                checked++;
                assertThat(CellTexts.number(Double.parseDouble(text), 0, "General")).as(text).isEqualTo(text);
                assertThat(CellTexts.number(Double.parseDouble(text), 4, "#,##0.00")).as(text).isEqualTo(text);
            }
        }
        assertThat(checked).isGreaterThan(250_000);
    }

    @Test
    void datesAndPercentagesDoNotReadPlain() {
        assertThat(CellTexts.readsPlain(0, "General")).isTrue();
        assertThat(CellTexts.readsPlain(4, "#,##0.00")).isTrue();
        assertThat(CellTexts.readsPlain(176, "0.0_);[Red]\\(0.0\\)")).isTrue();
        assertThat(CellTexts.readsPlain(10, "0.00%")).isFalse();
        assertThat(CellTexts.readsPlain(14, "m/d/yy")).isFalse();
        assertThat(CellTexts.readsPlain(177, "yyyy\"年\"m\"月\"")).isFalse();
        assertThat(CellTexts.readsPlain(178, "0.0\"%\"")).isTrue();
    }
}
