package com.targetmonitor.logic.extract;

import java.util.regex.Pattern;

/** Indicators where less is better, whatever the sentence's verb: 失业率, 能耗, 价格涨幅, 浓度, 事故. */
final class Directions {

    private static final Pattern LOWER = Pattern.compile("失业率|能耗|价格|涨幅|CPI|浓度|排放|事故|死亡|亡人|发生率|负债率|"
            + "不良率|下降$|降低$|PM2\\.5|PM10|用水量|贫困发生");

    private Directions() {
    }

    static boolean lowerIsBetter(String name) {
        return LOWER.matcher(name).find();
    }
}
