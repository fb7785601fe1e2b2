package com.targetmonitor.model.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainDecimalTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "5800", "93.2", "-2.1", "0.1", "0.30000000000000004", "9007199254740992",
        "9007199254740993", "12345678901234567890", "0.0000000000000000000001", "0.00000000000000000000001",
        "1.7976931348623157", "000123.4500", "4.35", "2.675", "1234567.891"})
    void readsExactlyAsTheJdkDoes(String text) {
        assertThat(PlainDecimal.value(text)).isEqualTo(Double.parseDouble(text));
    }

    /** Random decimals of up to 18 digits at scales up to 25: the fast path and the fallback both. */
    @Test
    void randomDecimalsReadExactlyAsTheJdkDoes() {
        Random random = new Random(3);
        for (int i = 0; i < 300_000; i++) {
            int digits = 1 + random.nextInt(18);
            long unscaled = 0;
            for (int d = 0; d < digits; d++) {
                unscaled = unscaled * 10 + random.nextInt(10);
            }
            String text = new BigDecimal(BigInteger.valueOf(unscaled), random.nextInt(26)).toPlainString();
            text = random.nextBoolean() ? "-" + text : text;
            assertThat(Double.doubleToLongBits(PlainDecimal.value(text))).as(text)
                    .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "93.2", "-2.1", "5800", "123456789012345", "-0.001"})
    void canonical(String text) {
        assertThat(PlainDecimal.isCanonical(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0050", "12.50", "-0", "-0.0", "1,234", ".5", "5.", "1e5", "12.5%", "1234567890123456", "下降2", " 5"})
    void notCanonical(String text) {
        assertThat(PlainDecimal.isCanonical(text)).isFalse();
    }
}
