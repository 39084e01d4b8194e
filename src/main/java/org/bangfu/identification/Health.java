package org.bangfu.identification;

/** Health on the official file form (健康状况). */
public enum Health {
    GOOD, CHRONIC_ILLNESS, SERIOUS_ILLNESS, DISABLED
}
