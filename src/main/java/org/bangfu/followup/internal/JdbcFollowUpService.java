package org.bangfu.followup.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitCheck;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.GradualExitTerms;
import org.bangfu.followup.IncomeRecord;
import org.bangfu.followup.RelapseReport;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.followup.ReverificationRun;
import org.bangfu.followup.Visit;
import org.bangfu.followup.VisitCommand;
import org.bangfu.followup.WatchEntry;
import org.bangfu.identification.HardshipCase;
import org.bangfu.organization.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up on JDBC. The transactions are drawn here; the work is done by visits and incomes, exit decisions, the
 * archive watch and the yearly reverification.
 */
@Service
class JdbcFollowUpService implements FollowUpService {

    private final VisitRecords visits;
    private final ExitDecisions exits;
    private final ArchiveWatch archive;
    private final Reverifications reverifications;

    JdbcFollowUpService(VisitRecords visits, ExitDecisions exits, ArchiveWatch archive,
                        Reverifications reverifications) {
        this.visits = visits;
        this.exits = exits;
        this.archive = archive;
        this.reverifications = reverifications;
    }

    @Override
    @Transactional
    public Visit recordVisit(long caseId, VisitCommand v, CurrentUser user) {
        return visits.recordVisit(caseId, v, user);
    }

    @Override
    @Transactional
    public void recordMonthlyIncome(long caseId, YearMonth month, BigDecimal perCapitaIncome, CurrentUser user) {
        visits.recordMonthlyIncome(caseId, month, perCapitaIncome, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Visit> visits(long caseId) {
        return visits.visits(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncomeRecord> incomes(long caseId) {
        return visits.incomes(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public ExitCheck exitCheck(long caseId) {
        return exits.exitCheck(caseId);
    }

    @Override
    @Transactional
    public ExitAssessment assessExit(long caseId, ExitAssessmentCommand command, CurrentUser user) {
        return exits.assessExit(caseId, command, user);
    }

    @Override
    @Transactional(readOnly = true)
    public GradualExitTerms gradualExitTerms(long exitId) {
        return exits.gradualExitTerms(exitId);
    }

    @Override
    @Transactional
    public ExitAssessment decideExit(long exitId, ExitDecisionCommand command, CurrentUser approver) {
        return exits.decideExit(exitId, command, approver);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExitAssessment> exitAssessment(long exitId) {
        return exits.exitAssessment(exitId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExitAssessment> latestExit(long caseId) {
        return exits.latestExit(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal formerMonthlyAid(long caseId) {
        return exits.formerMonthlyAid(caseId);
    }

    @Override
    @Transactional
    public Optional<Integer> payNextGradualMonth(long exitId) {
        return exits.payNextGradualMonth(exitId);
    }

    @Override
    @Transactional
    public void closeIntoArchive(long caseId) {
        archive.closeIntoArchive(caseId);
    }

    @Override
    @Transactional
    public void recordCallBack(long caseId, boolean relapsed, String note, CurrentUser user) {
        archive.recordCallBack(caseId, relapsed, note, user);
    }

    @Override
    @Transactional
    public void endWatch(long caseId) {
        archive.endWatch(caseId);
    }

    @Override
    @Transactional
    public HardshipCase reportRelapse(long archivedCaseId, RelapseReport report, CurrentUser user) {
        return archive.reportRelapse(archivedCaseId, report, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WatchEntry> watchList(CurrentUser user) {
        return archive.watchList(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WatchEntry> watchList(CurrentUser user, int offset, int limit) {
        return archive.watchList(user, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int watchCount(CurrentUser user) {
        return archive.watchCount(user);
    }

    @Override
    @Transactional
    public ReverificationRun startReverification(int year, long unitId, Long seed, CurrentUser user) {
        return reverifications.startReverification(year, unitId, seed, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReverificationItem> items(long runId) {
        return reverifications.items(runId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReverificationItem> items(long runId, int offset, int limit) {
        return reverifications.items(runId, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int itemCount(long runId) {
        return reverifications.itemCount(runId);
    }

    @Override
    @Transactional
    public void countNotified(long runId, int count) {
        reverifications.countNotified(runId, count);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReverificationRun> run(long runId) {
        return reverifications.run(runId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReverificationRun> runs(CurrentUser user) {
        return reverifications.runs(user);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReverificationItem> latestItem(long caseId) {
        return reverifications.latestItem(caseId);
    }

    @Override
    @Transactional
    public void recordRegrade(long runId, long caseId, String newGrade) {
        reverifications.recordRegrade(runId, caseId, newGrade);
    }

    @Override
    @Transactional
    public void recordSpotCheck(long runId, long caseId, boolean confirmed, String note, CurrentUser user) {
        reverifications.recordSpotCheck(runId, caseId, confirmed, note, user);
    }

}
