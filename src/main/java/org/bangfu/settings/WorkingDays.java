package org.bangfu.settings;

import java.time.LocalDate;

/**
 * Chinese working days: Monday to Friday, except statutory holidays, plus the make-up working days (调休上班) that
 * fall on weekends. The exceptions come from the holiday calendar table an administrator edits.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself is not counted); {@code from} when
     * {@code n} is 0.
     */
    LocalDate plusWorkingDays(LocalDate from, int n);

    /** Working days in {@code (from, to]}; 0 when {@code to} is not after {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
