package com.targetmonitor.ui;

import com.targetmonitor.model.GapBasis;
import com.targetmonitor.model.Standing;
import java.math.BigDecimal;

/**
 * An indicator's gap in words, as officers write it: "超时序进度3.5个百分点", "低于目标3.7个百分点",
 * "高于控制目标1.0个百分点" ("1.0 points above the ceiling"), never a bare "+0.90" whose sign the
 * reader must interpret against the direction. The table, its copy, the detail pane and tooltips all
 * say it this way; the basis is decided once, in {@link GapBasis}.
 */
public final class GapTexts {

    private GapTexts() {
    }

    /** The gap of the standing in words; empty when it has none. */
    public static String of(Standing s) {
        GapBasis basis = GapBasis.of(s);
        if (basis == null) {
            return "";
        }
        BigDecimal gap = s.gapPts() != null ? s.gapPts() : s.deviationPts();
        String magnitude = gap.abs().toPlainString();
        String amount = GapBasis.inPoints(s) ? I18n.get(CommonMsg.GAP_POINTS, magnitude)
                : I18n.get(CommonMsg.GAP_IN_UNIT, magnitude, s.indicator().unitOfMeasure());
        int sign = gap.signum();
        return switch (basis) {
            case TIME_PROGRESS -> say(sign, amount, CommonMsg.GAP_TIME_AHEAD, CommonMsg.GAP_TIME_BEHIND,
                    CommonMsg.GAP_TIME_EVEN);
            case TIME_PROGRESS_OF_CEILING -> say(sign, amount, CommonMsg.GAP_CEILING_SHARE_ABOVE,
                    CommonMsg.GAP_CEILING_SHARE_BELOW, CommonMsg.GAP_TIME_EVEN);
            case TARGET -> say(sign, amount, CommonMsg.GAP_TARGET_ABOVE, CommonMsg.GAP_TARGET_BELOW,
                    CommonMsg.GAP_TARGET_EVEN);
            case CEILING -> say(sign, amount, CommonMsg.GAP_CEILING_ABOVE, CommonMsg.GAP_CEILING_BELOW,
                    CommonMsg.GAP_CEILING_EVEN);
            // A decline target: a more negative actual has cut more.
            case DECLINE -> say(-sign, amount, CommonMsg.GAP_DECLINE_MORE, CommonMsg.GAP_DECLINE_LESS,
                    CommonMsg.GAP_TARGET_EVEN);
        };
    }

    private static String say(int sign, String amount, CommonMsg above, CommonMsg below, CommonMsg even) {
        return sign > 0 ? I18n.get(above, amount) : sign < 0 ? I18n.get(below, amount) : I18n.get(even);
    }
}
