package org.bangfu.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bangfu.organization.CurrentUser;

/**
 * The statistics forms of a unit and period (both dates included). Every call checks that the unit lies in the
 * user's subtree; entering and submitting need a case worker or approver of the unit itself, returning one of its
 * parent unit.
 */
public interface StatisticsService {

    /**
     * The form from the records of the unit's whole subtree (computed rows), the unit's own entered values plus its
     * children's latest submitted ones (entered rows), and the sums; with the identities it breaks.
     */
    FormResult compute(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user);

    /**
     * Saves entered rows of the unit (a null value removes the entry) and answers the form again; refuses a computed
     * or unknown row, a negative value, a fraction in a count, anything but 0/1 for yes/no, an "of which" row above
     * its total, and any change while a submission is with the parent.
     */
    FormResult saveEntered(FormCode form, long unitId, LocalDate from, LocalDate to, Map<String, BigDecimal> values,
                           CurrentUser user);

    /** The records behind a computed row (or behind the computed parts of a sum), at most 5,000. */
    List<DrillRecord> drillDown(FormCode form, String row, long unitId, LocalDate from, LocalDate to,
                                CurrentUser user);

    /**
     * One page of the records behind a computed row (or the computed parts of a sum), each record once, newest
     * first, after the same checks as {@link #drillDown}: the drill-down's lazy grid.
     */
    List<DrillRecord> drillDown(FormCode form, String row, long unitId, LocalDate from, LocalDate to,
                                CurrentUser user, int offset, int limit);

    /** How many records {@link #drillDown(FormCode, String, long, LocalDate, LocalDate, CurrentUser, int, int)} pages. */
    int drillCount(FormCode form, String row, long unitId, LocalDate from, LocalDate to, CurrentUser user);

    /** Submits the form as computed now: a locked snapshot, version n+1. Refused while an identity is broken. */
    Submission submit(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user);

    /** The parent returns a child's latest submitted version with a reason; the child may then correct it. */
    Submission returnSubmission(long submissionId, String reason, CurrentUser user);

    /** The unit's submissions for the form and period, newest first. */
    List<Submission> submissions(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user);

    /** The status of each direct child unit's form for the period. */
    List<ChildStatus> children(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user);

    /**
     * The consolidated form: the sum of the direct children's latest submitted versions (a returned one counts
     * nothing) plus the unit's own records and entries; money arriving (centre form E, J) from the whole subtree.
     */
    FormResult consolidated(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user);

    /** The form laid out like the official one, as an .xlsx workbook in the given language. */
    byte[] xlsx(FormResult result, Locale locale, CurrentUser user);
}
