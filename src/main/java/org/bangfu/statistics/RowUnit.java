package org.bangfu.statistics;

/** The unit a row counts in: organisations (个), people (人), person-times (人次), 万元, households (户), yes/no. */
public enum RowUnit {
    ORGS, PEOPLE, TIMES, WAN_YUAN, HOUSEHOLDS, YES_NO;

    /** Money rows carry two decimals; every other row is a whole number. */
    public boolean money() {
        return this == WAN_YUAN;
    }
}
