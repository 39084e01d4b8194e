package org.bangfu.followup;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.bangfu.identification.HardshipCase;
import org.bangfu.organization.CurrentUser;

/** Follow-up of open files, exit and gradual exit, the relapse watch-list and the yearly re-verification. */
public interface FollowUpService {

    /** Records a visit of an open file and the visit month's per-capita income. */
    Visit recordVisit(long caseId, VisitCommand command, CurrentUser user);

    void recordMonthlyIncome(long caseId, YearMonth month, BigDecimal perCapitaIncome, CurrentUser user);

    List<Visit> visits(long caseId);

    List<IncomeRecord> incomes(long caseId);

    ExitCheck exitCheck(long caseId);

    /**
     * The case worker's exit assessment. EXIT is refused unless the income was above 低保 for the required
     * consecutive months and the causes are gone; RELIEVED sets the file RELIEVED; CONTINUE changes nothing.
     */
    ExitAssessment assessExit(long caseId, ExitAssessmentCommand command, CurrentUser user);

    /**
     * The approver's decision on an EXIT assessment: gradual-exit months within the settings (1–6) and monthly aid at
     * most the setting's share (60%) of the former monthly aid, refused above with the limit.
     */
    ExitAssessment decideExit(long exitId, ExitDecisionCommand command, CurrentUser approver);

    /** The bounds {@link #decideExit} applies to this exit assessment today, for the decision form to show. */
    GradualExitTerms gradualExitTerms(long exitId);

    Optional<ExitAssessment> exitAssessment(long exitId);

    Optional<ExitAssessment> latestExit(long caseId);

    /** Average monthly aid paid over the 12 months before today. */
    BigDecimal formerMonthlyAid(long caseId);

    /** Books the next gradual-exit month as paid; returns the month number paid, empty when all are paid. */
    Optional<Integer> payNextGradualMonth(long exitId);

    /** Closes the file into the exited archive and puts the household on the watch-list. */
    void closeIntoArchive(long caseId);

    void recordCallBack(long caseId, boolean relapsed, String note, CurrentUser user);

    void endWatch(long caseId);

    /** Opens a new file for the household, pre-filled from the archived one and linked to it. */
    HardshipCase reportRelapse(long archivedCaseId, RelapseReport report, CurrentUser user);

    List<WatchEntry> watchList(CurrentUser user);

    /** One page of the watch-list of the user's subtree, the latest watched first (the screen's lazy grid). */
    List<WatchEntry> watchList(CurrentUser user, int offset, int limit);

    /** How many entries the watch-list of the user's subtree holds. */
    int watchCount(CurrentUser user);

    /**
     * Starts the yearly re-verification of the open files in the unit's subtree: draws the spot-check sample (at
     * least the setting's ratio, 30%) with the given seed or a new random one, and stores seed and sample.
     */
    ReverificationRun startReverification(int year, long unitId, Long seed, CurrentUser user);

    List<ReverificationItem> items(long runId);

    /** One page of a run's items, in case order (the process notifies the files page by page). */
    List<ReverificationItem> items(long runId, int offset, int limit);

    /** How many files a run holds. */
    int itemCount(long runId);

    /** Adds to the number of the run's files told to start their yearly review (the run's progress). */
    void countNotified(long runId, int count);

    Optional<ReverificationRun> run(long runId);

    List<ReverificationRun> runs(CurrentUser user);

    /** The file's item in the latest re-verification run that includes it. */
    Optional<ReverificationItem> latestItem(long caseId);

    void recordRegrade(long runId, long caseId, String newGrade);

    void recordSpotCheck(long runId, long caseId, boolean confirmed, String note, CurrentUser user);
}
