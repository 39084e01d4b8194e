/**
 * Rule settings and the working-day calendar. Every rule value the processes read (notice days, task deadlines,
 * escalation periods, visit intervals, aid caps, gradual-exit bounds, sample ratios …) is a versioned setting per
 * region and effective date; the calendar knows weekends, statutory holidays and make-up working days per year.
 * Analysts add new setting versions and administrators edit the calendar without a code release. API:
 * {@link org.bangfu.settings.RuleSettings}, {@link org.bangfu.settings.SettingCatalog},
 * {@link org.bangfu.settings.WorkingDays}, {@link org.bangfu.settings.HolidayCalendar}; events
 * {@link org.bangfu.settings.RuleSettingChanged} and {@link org.bangfu.settings.CalendarDayChanged}. Screens (in
 * {@code ui/}) use the shell's formatting helpers, hence {@code shell} below.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "shell", "shell :: ui", "shared"})
package org.bangfu.settings;
