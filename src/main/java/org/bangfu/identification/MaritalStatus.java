package org.bangfu.identification;

/** Marital status (婚姻状况). */
public enum MaritalStatus {
    UNMARRIED, MARRIED, DIVORCED, WIDOWED
}
