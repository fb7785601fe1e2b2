package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Indicator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Walks the decomposition tree (parent → "其中" parts) of a plan's indicators. */
final class IndicatorTree {

    private final Map<Long, List<Indicator>> childrenOf = new HashMap<>();
    private final Map<Long, Indicator> byId = new HashMap<>();

    IndicatorTree(List<Indicator> planIndicators) {
        for (Indicator i : planIndicators) {
            byId.put(i.id(), i);
            childrenOf.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
        }
    }

    /** The indicator and all its decomposed parts, every parent before its parts. */
    List<Indicator> subtree(long rootId) {
        Indicator root = byId.get(rootId);
        if (root == null) {
            return List.of();
        }
        List<Indicator> result = new ArrayList<>();
        result.add(root);
        for (int next = 0; next < result.size(); next++) {
            result.addAll(childrenOf.getOrDefault(result.get(next).id(), List.of()));
        }
        return result;
    }

    /** Whether {@code candidate} is the indicator itself or one of its parts, at any depth. */
    boolean isInSubtree(long rootId, Long candidate) {
        return candidate != null && subtree(rootId).stream().anyMatch(i -> Objects.equals(i.id(), candidate));
    }
}
