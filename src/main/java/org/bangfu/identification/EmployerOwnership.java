package org.bangfu.identification;

/** Ownership type of the employer (单位性质). */
public enum EmployerOwnership {
    STATE, COLLECTIVE, PRIVATE, FOREIGN, PUBLIC_INSTITUTION, NONE
}
