package com.targetmonitor.logic.status;

/** No plan, or more than one, matches what the user typed. The message lists the candidates. */
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(String message) {
        super(message);
    }
}
