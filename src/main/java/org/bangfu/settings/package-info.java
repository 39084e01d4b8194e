/**
 * Rule settings and the working-day calendar. Every rule value the processes read (notice days, task deadlines,
 * escalation periods, visit intervals, aid caps, gradual-exit bounds, sample ratios …) is a versioned setting per
 * region and effective date; the calendar knows weekends, statutory holidays and make-up working days per year.
 * Analysts add new setting versions and administrators edit the calendar without a code release.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "shared"})
package org.bangfu.settings;
