package com.targetmonitor.model;

/** What sort of body a responsible unit is. */
public enum UnitKind {
    CITY,
    COUNTY,
    DEPARTMENT,
    /** An industrial chain (产业链) led by a 链长. */
    CHAIN,
    /** A development zone or industrial park (经开区, 工业园区). */
    PARK,
    ENTERPRISE,
    OTHER
}
