package org.bangfu.identification;

/** Housing on the official file form (住房类型). */
public enum HousingType {
    OWN, RENTED, PUBLIC_RENTAL, EMPLOYER_DORMITORY, NONE
}
