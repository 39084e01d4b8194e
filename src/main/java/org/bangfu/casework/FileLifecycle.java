package org.bangfu.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bangfu.approval.AidService;
import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.Tier;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.funds.PaymentService;
import org.bangfu.grading.Grade;
import org.bangfu.grading.GradeAssessment;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.RefusalReason;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.settings.WorkingDays;
import org.bangfu.workflow.Processes;
import org.springframework.stereotype.Service;

/**
 * The automatic steps of the processes, one method per service task, and the start of a file's process with its
 * candidate groups. Each step calls the module that owns the data and returns what the gateways need.
 */
@Service
public class FileLifecycle {

    private final IdentificationService files;
    private final VerificationService verification;
    private final GradingService grading;
    private final ApprovalService approval;
    private final AidService aid;
    private final PaymentService payments;
    private final FollowUpService followUp;
    private final RuleSettings settings;
    private final WorkingDays workingDays;
    private final OrganizationService organization;
    private final Processes processes;
    private final Clock clock;

    FileLifecycle(IdentificationService files, VerificationService verification, GradingService grading,
                  ApprovalService approval, AidService aid, PaymentService payments, FollowUpService followUp,
                  RuleSettings settings, WorkingDays workingDays, OrganizationService organization,
                  Processes processes, Clock clock) {
        this.files = files;
        this.verification = verification;
        this.grading = grading;
        this.approval = approval;
        this.aid = aid;
        this.payments = payments;
        this.followUp = followUp;
        this.settings = settings;
        this.workingDays = workingDays;
        this.organization = organization;
        this.processes = processes;
        this.clock = clock;
    }

    /** Starts the hardship-file process of a case; relapse and converted emergency files skip known steps. */
    public void startFileProcess(HardshipCase c, boolean needsFirstReview, boolean needsHomeVisit) {
        if (!needsFirstReview) {
            // Verified before (relapse of a known household, or relief the county approved): straight to checking.
            files.changeStatus(c.id(), CaseStatus.VERIFYING);
        }
        Map<String, Object> variables = groups(c);
        variables.put(ProcessIds.VAR_NEEDS_FIRST_REVIEW, needsFirstReview);
        variables.put(ProcessIds.VAR_NEEDS_HOME_VISIT, needsHomeVisit);
        processes.start(ProcessIds.HARDSHIP_CASE_PROCESS, c.caseNo(), variables);
    }

    /** The case's reference and the groups of its filing unit's case workers and its county approvers. */
    Map<String, Object> groups(HardshipCase c) {
        OrgUnit filing = organization.unit(c.unitId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessIds.VAR_CASE_ID, c.id());
        variables.put(ProcessIds.VAR_CASEWORKER_GROUP, Role.CASE_WORKER.candidateGroup(filing.code()));
        variables.put(ProcessIds.VAR_APPROVER_GROUP,
                Role.APPROVER.candidateGroup(approval.tierUnit(c.unitId(), Tier.COUNTY).code()));
        return variables;
    }

    public boolean gradeForIntake(long caseId) {
        GradeAssessment assessment = grading.assess(caseId, "INTAKE");
        if (assessment.outcome().grade() == Grade.NOT_ELIGIBLE) {
            String reason = assessment.outcome().reason();
            files.refuse(caseId, CaseStatus.NOT_ELIGIBLE, reason == null || reason.isBlank()
                    ? RefusalReason.INCOME_ABOVE_THRESHOLD : RefusalReason.valueOf(reason), null, "system");
            return false;
        }
        return true;
    }

    /** Starts the notice today; it ends at the start of the day after its last working day. */
    public Date startNotice(long caseId) {
        HardshipCase c = files.caseById(caseId);
        LocalDate today = LocalDate.now(clock);
        int days = settings.integer(SettingKeys.NOTICE_WORKING_DAYS, division(c), today);
        LocalDate until = workingDays.plusWorkingDays(today, days);
        verification.startNotice(caseId, today, until);
        return Date.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    public void endNotice(long caseId) {
        files.changeStatus(caseId, CaseStatus.AWAITING_APPROVAL);
    }

    public void refuse(long caseId, String reasonName) {
        RefusalReason reason = RefusalReason.valueOf(reasonName);
        CaseStatus to = switch (reason) {
            case EMERGENCY_CANCELLED -> CaseStatus.CANCELLED;
            case FILE_REJECTED -> CaseStatus.REJECTED;
            default -> CaseStatus.REFUSED;
        };
        if (files.caseById(caseId).status().isActive()) {
            files.refuse(caseId, to, reason, null, "system");
        }
    }

    /** Opens the file and starts its first follow-up period. */
    public void openFile(long caseId) {
        files.openFile(caseId);
        startFollowUpPeriod(caseId);
    }

    /**
     * Starts a follow-up period of the open file ({@code FollowUpProcess}, the latest version): a visit every cycle
     * of its grade (e.g. {@code R/P1M}), until an exit assessment is requested or the next yearly review begins.
     */
    public void startFollowUpPeriod(long caseId) {
        HardshipCase c = files.caseById(caseId);
        int months = settings.integer(SettingKeys.VISIT_INTERVAL_MONTHS + c.grade(), division(c),
                LocalDate.now(clock));
        Map<String, Object> variables = groups(c);
        variables.put(ProcessIds.VAR_VISIT_CYCLE, "R/P" + months + "M");
        processes.start(ProcessIds.FOLLOW_UP_PROCESS, c.caseNo(), variables);
    }

    /**
     * The yearly review re-graded the file: its follow-up period ends and the next starts (on the latest model, with
     * the visit cycle of the new grade). Answers whether a period was waiting (none while an exit is under way: the
     * exit starts a period when it gives the file back).
     */
    public boolean renewFollowUpPeriod(long caseId) {
        return processes.correlateAll(ProcessIds.MESSAGE_YEARLY_REVIEW, files.caseById(caseId).caseNo()) > 0;
    }

    /** Hands out one follow-up visit of the file ({@code FollowUpVisitProcess}). */
    public void startVisit(long caseId) {
        HardshipCase c = files.caseById(caseId);
        processes.start(ProcessIds.FOLLOW_UP_VISIT_PROCESS, c.caseNo(), groups(c));
    }

    /** Starts the exit of the file ({@code ExitProcess}): assessment, approval, gradual exit, archive, watch. */
    public void startExit(long caseId) {
        HardshipCase c = files.caseById(caseId);
        processes.start(ProcessIds.EXIT_PROCESS, c.caseNo(), groups(c));
    }

    /** Re-grades through the decision table; returns whether the file is in this year's spot-check sample. */
    public boolean regrade(long caseId) {
        GradeAssessment assessment = grading.assess(caseId, "REVERIFICATION");
        Optional<ReverificationItem> item = followUp.latestItem(caseId);
        item.ifPresent(i -> followUp.recordRegrade(i.runId(), caseId, assessment.outcome().grade().name()));
        return item.map(ReverificationItem::sampled).orElse(false);
    }

    /** The next gradual-exit month: its payment key (none when nothing is paid), and whether it is the last. */
    public record GradualMonth(String paymentKey, boolean last) {
    }

    /** Approves the payment line of the next gradual-exit month (money reserved, waiting for a bank batch). */
    public GradualMonth payNextGradualMonth(long caseId) {
        ExitAssessment exit = followUp.latestExit(caseId).orElseThrow();
        Optional<Integer> month = followUp.payNextGradualMonth(exit.id());
        boolean last = month.isEmpty() || month.get() >= exit.gradualMonths();
        String key = month.map(m -> "exit-" + exit.id() + "-" + m).filter(k -> payments.byKey(k).isPresent())
                .orElse(null);
        return new GradualMonth(key, last);
    }

    public record Watch(Date until, String callBackCycle) {
    }

    public Watch closeFile(long caseId) {
        followUp.closeIntoArchive(caseId);
        HardshipCase c = files.caseById(caseId);
        LocalDate today = LocalDate.now(clock);
        int period = settings.integer(SettingKeys.WATCH_PERIOD_MONTHS, division(c), today);
        int every = settings.integer(SettingKeys.WATCH_CALLBACK_MONTHS, division(c), today);
        return new Watch(Date.from(today.plusMonths(period).atStartOfDay(clock.getZone()).toInstant()),
                "R/P" + every + "M");
    }

    public void endWatch(long caseId) {
        followUp.endWatch(caseId);
    }

    public record NextTier(boolean pending, String tier, String group) {
    }

    public NextTier nextTier(long requestId) {
        long caseUnit = files.caseById(aid.aidRequest(requestId).caseId()).unitId();
        return aid.nextTier(requestId)
                .map(tier -> new NextTier(true, tier.name(),
                        Role.APPROVER.candidateGroup(approval.tierUnit(caseUnit, tier).code())))
                .orElse(new NextTier(false, null, null));
    }

    /** The payment line of a fully approved request, created in the approval's transaction: its key. */
    public String approvePayment(long requestId, String approvedBy) {
        return payments.approveAid(requestId, approvedBy).idempotencyKey();
    }

    /** The finance group of the unit that pays the line: it handles a payment the bank refused. */
    public String financeGroup(String paymentKey) {
        return payments.byKey(paymentKey).map(p -> Role.FINANCE.candidateGroup(
                organization.unit(p.payingUnitId()).code())).orElseThrow();
    }

    public void convertEmergency(long caseId) {
        startFileProcess(files.caseById(caseId), false, true);
    }

    public long drawSample(Integer year, Long unitId, Long seed, String startedBy) {
        CurrentUser user = startedBy == null ? null : organization.user(startedBy).orElse(null);
        OrgUnit root = organization.root();
        if (user == null) {
            user = new CurrentUser("system", "system", root, Set.of(Role.ADMIN));
        }
        return followUp.startReverification(year != null ? year : LocalDate.now(clock).getYear(),
                unitId != null ? unitId : root.id(), seed, user).id();
    }

    /** Files told per transaction: each batch is its own asynchronous step of the yearly review. */
    public static final int NOTIFY_BATCH = 200;

    /** How many batches the run's files are told in (files / {@value #NOTIFY_BATCH}, rounded up). */
    public int notifyBatches(long runId) {
        int files = followUp.run(runId).orElseThrow().fileCount();
        return (files + NOTIFY_BATCH - 1) / NOTIFY_BATCH;
    }

    /** Tells one batch of the run's files to start their yearly review, and counts them as the run's progress. */
    public void notifyFiles(long runId, int batch) {
        List<ReverificationItem> items = followUp.items(runId, batch * NOTIFY_BATCH, NOTIFY_BATCH);
        for (ReverificationItem item : items) {
            HardshipCase c = files.caseById(item.caseId());
            // the review of the file is an instance of its own; once it has re-graded the file it renews the period
            processes.start(ProcessIds.CASE_REVIEW_PROCESS, c.caseNo(), groups(c));
        }
        followUp.countNotified(runId, items.size());
    }

    private String division(HardshipCase c) {
        return organization.unit(c.unitId()).divisionCode();
    }
}
