package org.bangfu.shared;

public enum Sex {
    MALE, FEMALE
}
