package com.targetmonitor.logic.excel.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.PlainDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatValueTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "93.2", "-2.1", "5800", "100", "123456789012345", "-0.001"})
    void canonicalTextIsNotKeptButReadsTheSame(String text) {
        assertThat(PlainDecimal.isCanonical(text)).isTrue();
        StatValue v = new StatValue(ColumnRole.CUMULATIVE, "S", 0, 0, null, NumberReader.read(text));
        assertThat(v.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0050", "12.50", "-0", "1,234", ".5", "5.", "1e5", "12.5%", "1234567890123456", "下降2"})
    void otherTextIsKept(String text) {
        assertThat(PlainDecimal.isCanonical(text)).isFalse();
    }
}
