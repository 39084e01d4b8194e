package org.bangfu.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.organization.CurrentUser;

/**
 * Chart data and work lists of the dashboard, always for the user's unit subtree. Grades, statuses and fund sources
 * are the constant names of {@code Grade}, {@code CaseStatus} and {@code FundSource} (translated as
 * {@code enum.<Type>.<CONST>}); this module reads them as text so it needs no dependency on the modules that own
 * them. Open files are those in status {@code OPEN} or {@code RELIEVED} ({@code CaseStatus.isOpenFile()}).
 * Only users who work cases may ask: case workers, approvers, finance, auditors and admins.
 */
public interface DashboardService {

    /** Number of files per grade (null: not graded yet) and status. */
    List<GradeStatusCount> casesByGrade(CurrentUser user);

    /** Money paid (payment lines in status PAID) per fund source and month of {@code paid_at} in the given year. */
    List<MonthlyPaid> moneyBySource(int year, CurrentUser user);

    /** Campaigns that concern the user's subtree (organised in it, or with a participating unit that overlaps it). */
    List<CampaignChoice> campaigns(CurrentUser user);

    /** Coverage of the open deep-hardship files per participating unit of a campaign, within the user's subtree. */
    List<UnitCoverage> campaignCoverage(long campaignId, CurrentUser user);

    /** Open files whose last change (latest audit event, or filing) is more than 365 days before today. */
    List<FileRow> staleFiles(CurrentUser user);

    /** One page of {@link #staleFiles(CurrentUser)}, in the same order (the dashboard's lazy grid). */
    List<FileRow> staleFiles(CurrentUser user, int offset, int limit);

    int staleFileCount(CurrentUser user);

    /** Open (approved) files that never had a paid payment line. */
    List<FileRow> neverAssisted(CurrentUser user);

    /** One page of {@link #neverAssisted(CurrentUser)}, in the same order (the dashboard's lazy grid). */
    List<FileRow> neverAssisted(CurrentUser user, int offset, int limit);

    int neverAssistedCount(CurrentUser user);

    record GradeStatusCount(String grade, String status, long count) {
    }

    record MonthlyPaid(String source, int month, BigDecimal amount) {
    }

    record CampaignChoice(long id, String name, int fundYear) {
    }

    /** {@code missing = openDeepFiles - recipients - exempted}; a file that is a recipient is never also exempted. */
    record UnitCoverage(long unitId, String unitName, long openDeepFiles, long recipients, long exempted,
                        long missing) {
    }

    record FileRow(long caseId, String caseNo, String workerName, String unitName, String grade,
                   OffsetDateTime filedAt, OffsetDateTime lastChange) {
    }
}
