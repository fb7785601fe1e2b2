package com.targetmonitor.logic.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Stored values print as written, whichever way number() takes (whole numbers skip BigDecimal). */
class StatusColumnsNumberTest {

    @Test
    void printsValuesAsWritten() {
        assertThat(StatusColumns.number(9500.0)).isEqualTo("9500");
        assertThat(StatusColumns.number(-0.0)).isEqualTo("0");
        assertThat(StatusColumns.number(93.2)).isEqualTo("93.2");
        assertThat(StatusColumns.number(-3.9)).isEqualTo("-3.9");
        assertThat(StatusColumns.number(1.0e7)).isEqualTo("10000000");
        assertThat(StatusColumns.number(1.0e20)).isEqualTo("100000000000000000000");
        assertThat(StatusColumns.number(null)).isEmpty();
    }

    @Test
    void agreesWithTheDecimalReadingForAnyValue() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextInt(2_000_000) - 1_000_000;
                case 1 -> Math.round(random.nextGaussian() * 1e6) / 100.0;
                case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 10);
                default -> (double) random.nextLong();
            };
            BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
            String expected = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
            assertThat(StatusColumns.number(v)).as("%s", v).isEqualTo(expected);
        }
    }
}
