package org.bangfu.identification;

/** Model-worker type (劳模类型). */
public enum ModelWorkerType {
    NONE, NATIONAL, PROVINCIAL, CITY, MAY_DAY_MEDAL, CRAFTSMAN
}
