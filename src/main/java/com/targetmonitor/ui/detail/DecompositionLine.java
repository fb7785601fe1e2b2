package com.targetmonitor.ui.detail;

import com.targetmonitor.model.DecompositionBreak;
import com.targetmonitor.model.DecompositionCheck;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one line under a decomposed target that says whether its parts add up: "分解目标合计60亿元，
 * 与总目标一致", "…比总目标多2亿元", "缺少分解目标：…". The check itself is the model's
 * {@link DecompositionCheck}, so the pane and the {@code check} command never disagree.
 *
 * @param state how the line should look: consistent, broken, or just for information
 */
record DecompositionLine(String text, State state) {

    enum State {
        /** No decomposed parts: no line. */
        NONE,
        /** The parts add up to the whole. */
        CONSISTENT,
        /** The parts do not add up, or some have no target. */
        BROKEN,
        /** Nothing to add up (rates and levels, or no value for the whole). */
        INFO
    }

    static final DecompositionLine EMPTY = new DecompositionLine("", State.NONE);

    static DecompositionLine of(Indicator parent, List<Indicator> children, RuleSet rules) {
        if (children.isEmpty()) {
            return EMPTY;
        }
        if (!parent.kind().isProgressive()) {
            return new DecompositionLine(I18n.get(DetailMsg.DETAIL_DECOMPOSITION_NOT_ADDITIVE), State.INFO);
        }
        if (!parent.target().hasValue()) {
            return new DecompositionLine(I18n.get(DetailMsg.DETAIL_DECOMPOSITION_NO_TOTAL), State.INFO);
        }
        List<Indicator> family = new ArrayList<>(children.size() + 1);
        family.add(parent);
        family.addAll(children);
        String unit = parent.unitOfMeasure();
        for (DecompositionBreak b : new DecompositionCheck(rules).targets(family)) {
            if (!Objects.equals(b.parent().id(), parent.id())) {
                continue;
            }
            if (!b.missing().isEmpty()) {
                String names = DetailTexts.list(b.missing().stream().map(Indicator::name).toList());
                return new DecompositionLine(I18n.get(DetailMsg.DETAIL_DECOMPOSITION_MISSING, names), State.BROKEN);
            }
            BigDecimal difference = b.difference();
            String sum = TargetText.amount(b.childrenSum(), unit);
            String by = TargetText.amount(difference.abs(), unit);
            MessageKey msg = difference.signum() > 0 ? DetailMsg.DETAIL_DECOMPOSITION_MORE : DetailMsg.DETAIL_DECOMPOSITION_LESS;
            return new DecompositionLine(I18n.get(msg, sum, by), State.BROKEN);
        }
        BigDecimal sum = children.stream().map(c -> BigDecimal.valueOf(c.target().value()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DecompositionLine(I18n.get(DetailMsg.DETAIL_DECOMPOSITION_OK, TargetText.amount(sum, unit)),
                State.CONSISTENT);
    }
}
