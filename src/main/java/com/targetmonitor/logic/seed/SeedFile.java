package com.targetmonitor.logic.seed;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.UnitKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The shape of a seed file in {@code seeds/}: a plan, the units it names, and its categories of
 * indicators with their observations. Read strictly: an unknown key is an error, so a typo in a
 * seed cannot silently drop a figure.
 */
public record SeedFile(Header plan, List<UnitEntry> units, List<CategoryEntry> categories) {

    public record Header(String name, String region, int year, String document, Rules rules) {
    }

    public record Rules(BigDecimal amountYellowBand, BigDecimal rateYellowBand, BigDecimal aboutTolerance,
                        Integer scale) {
    }

    public record UnitEntry(String name, UnitKind kind, String parent, String leader) {
    }

    public record CategoryEntry(String name, List<IndicatorEntry> indicators) {
    }

    public record IndicatorEntry(String code, String name, String unit, IndicatorKind kind, Frequency frequency,
                                 Double target, Qualifier qualifier, Direction direction, Double stretch,
                                 String deadline, String lead, List<String> support, String source, String note,
                                 List<Double> phasing, List<ObservationEntry> observations,
                                 List<IndicatorEntry> children) {
    }

    public record ObservationEntry(String period, Double value, Double yoy, String source, String progress,
                                   String problems, String nextSteps) {
    }
}
