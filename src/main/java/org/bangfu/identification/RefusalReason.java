package org.bangfu.identification;

/** Why a file was not opened or was closed without aid; the means-check reasons come from the grade table. */
public enum RefusalReason {
    FIRST_REVIEW, AUTHORIZATION_REFUSED, TWO_HOMES, BUSINESS_WITH_EMPLOYEES, HIGH_FEE_SCHOOL, PRIVATE_VEHICLE, MIGRANT_CONDITIONS, INCOME_ABOVE_THRESHOLD, OBJECTION_UPHELD, FILE_REJECTED, WITHDRAWN, EMERGENCY_CANCELLED
}
