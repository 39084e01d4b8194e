package org.bangfu.identification;

/** Employment status on the official file form (就业状况). */
public enum EmploymentStatus {
    EMPLOYED, LAID_OFF, UNEMPLOYED, RETIRED, SICK_LEAVE, MIGRANT_WORKER, FLEXIBLE
}
