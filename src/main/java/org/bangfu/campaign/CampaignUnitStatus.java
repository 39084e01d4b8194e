package org.bangfu.campaign;

/**
 * Where one participating unit stands: planned, registering recipients, recipients submitted for approval,
 * approved (payment lines created), visiting, reported.
 */
public enum CampaignUnitStatus {
    PLANNED, REGISTERING, SUBMITTED, APPROVED, VISITING, REPORTED
}
