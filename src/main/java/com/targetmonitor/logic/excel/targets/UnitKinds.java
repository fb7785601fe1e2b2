package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.model.UnitKind;

/** Guesses what sort of body a responsible unit is from its name, for units a targets table introduces. */
final class UnitKinds {

    private UnitKinds() {
    }

    static UnitKind guess(String name) {
        if (name.endsWith("产业链") || name.endsWith("链")) {
            return UnitKind.CHAIN;
        }
        if (name.matches(".*(园区|开发区|经开区|高新区|新区|工业园)$")) {
            return UnitKind.PARK;
        }
        if (name.matches(".*(公司|集团|厂)$")) {
            return UnitKind.ENTERPRISE;
        }
        if (name.matches(".*(县|区|旗)$")) {
            return UnitKind.COUNTY;
        }
        if (name.matches(".*市$")) {
            return UnitKind.CITY;
        }
        if (name.matches(".*(局|委|办|厅|中心|院|部|所|站|队|会|处)$")) {
            return UnitKind.DEPARTMENT;
        }
        return UnitKind.OTHER;
    }
}
