package com.targetmonitor.model.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitConverterTest {

    @Test
    void convertsWithinAFamilyExactly() {
        assertThat(UnitConverter.convert(932000, "万元", "亿元")).contains(93.2);
        assertThat(UnitConverter.convert(93.2, "亿元", "万元")).contains(932000.0);
        assertThat(UnitConverter.convert(5732, "人", "万人")).contains(0.5732);
        assertThat(UnitConverter.convert(1.5, "万人", "人")).contains(15000.0);
        assertThat(UnitConverter.convert(3, "（亿元）", "亿元")).contains(3.0);
        assertThat(UnitConverter.convert(12, "家", "户")).contains(12.0);
    }

    @Test
    void refusesToConvertAcrossFamilies() {
        assertThat(UnitConverter.convert(1, "万吨", "亿元")).isEmpty();
        assertThat(UnitConverter.conflicting("万吨", "亿元")).isTrue();
        assertThat(UnitConverter.conflicting("万元", "亿元")).isFalse();
        assertThat(UnitConverter.scales("万元", "亿元")).isTrue();
        assertThat(UnitConverter.scales("亿元", "亿元")).isFalse();
    }

    @Test
    void unknownUnitsAreTakenAsWritten() {
        assertThat(UnitConverter.convert(7, "", "亿元")).contains(7.0);
        assertThat(UnitConverter.convert(7, "某单位", "亿元")).contains(7.0);
    }
}
