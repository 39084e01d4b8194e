package org.bangfu.followup;

/**
 * How a household left hardship (the routes of the centre form's H rows and the exit statistics form): employment or
 * business (就业创业), brought into social insurance (社会保险), into serious-illness or mutual medical insurance
 * (医疗保险), covered by the minimum living standard (低保兜底), or another way.
 */
public enum ExitRoute {
    EMPLOYMENT, SOCIAL_INSURANCE, MEDICAL_INSURANCE, DIBAO, OTHER
}
