package org.bangfu.identification;

/** Household registration type (户口性质). */
public enum HukouType {
    URBAN, RURAL
}
