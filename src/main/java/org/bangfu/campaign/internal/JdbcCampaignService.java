package org.bangfu.campaign.internal;

import java.time.LocalDate;
import java.util.List;

import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientCommand;
import org.bangfu.organization.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns on JDBC. Every change checks the state it starts from in its {@code UPDATE ... WHERE status = :from}, so
 * a repeated or out-of-order call changes nothing and is refused. The transactions are drawn here; the work is done
 * by one class per step of the campaign.
 */
@Service
class JdbcCampaignService implements CampaignService {

    private final CampaignRecords records;
    private final CampaignPlanning planning;
    private final BudgetHandDown handDown;
    private final RecipientRegistration registration;
    private final RecipientRecords recipients;
    private final RecipientApproval approval;
    private final RecipientPayments payments;
    private final UnitReports reports;

    JdbcCampaignService(CampaignRecords records, CampaignPlanning planning, BudgetHandDown handDown,
                        RecipientRegistration registration, RecipientRecords recipients, RecipientApproval approval,
                        RecipientPayments payments, UnitReports reports) {
        this.records = records;
        this.planning = planning;
        this.handDown = handDown;
        this.registration = registration;
        this.recipients = recipients;
        this.approval = approval;
        this.payments = payments;
        this.reports = reports;
    }

    // ---------------------------------------------------------------- plan and approval

    @Override
    @Transactional
    public Campaign plan(CampaignCommand c, CurrentUser user) {
        return planning.plan(c, user);
    }

    @Override
    @Transactional(readOnly = true)
    public Campaign campaign(long campaignId, CurrentUser user) {
        return records.campaign(campaignId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public Campaign campaign(long campaignId) {
        return records.campaign(campaignId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Campaign> campaigns(CurrentUser user) {
        return records.campaigns(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Campaign> campaigns(CurrentUser user, int offset, int limit) {
        return records.campaigns(user, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int campaignCount(CurrentUser user) {
        return records.campaignCount(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BudgetLine> budget(long campaignId) {
        return records.budget(campaignId);
    }

    @Override
    @Transactional
    public void submit(long campaignId, CurrentUser user) {
        planning.submit(campaignId, user);
    }

    @Override
    @Transactional
    public void attachProcess(long campaignId, String processInstanceId) {
        planning.attachProcess(campaignId, processInstanceId);
    }

    @Override
    @Transactional
    public void decide(long campaignId, boolean approve, String note, CurrentUser user) {
        planning.decide(campaignId, approve, note, user);
    }

    @Override
    @Transactional
    public void handDownBudget(long campaignId, String actor) {
        handDown.handDownBudget(campaignId, actor);
    }

    // ---------------------------------------------------------------- units

    @Override
    @Transactional(readOnly = true)
    public List<Long> unitIds(long campaignId) {
        return records.unitIds(campaignId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CampaignUnit> units(long campaignId, CurrentUser user) {
        return records.units(campaignId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public CampaignUnit unit(long campaignId, long unitId, CurrentUser user) {
        return records.unit(campaignId, unitId, user);
    }

    // ---------------------------------------------------------------- recipients

    @Override
    @Transactional
    public Recipient register(long campaignId, long unitId, RecipientCommand c, CurrentUser user) {
        return registration.register(campaignId, unitId, c, user);
    }

    @Override
    @Transactional
    public void removeRecipient(long recipientId, CurrentUser user) {
        registration.removeRecipient(recipientId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> recipients(long campaignId, long unitId, CurrentUser user) {
        return recipients.recipients(campaignId, unitId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> recipients(long campaignId, long unitId, CurrentUser user, int offset, int limit) {
        return recipients.recipients(campaignId, unitId, user, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int recipientCount(long campaignId, long unitId, CurrentUser user) {
        return recipients.recipientCount(campaignId, unitId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.bangfu.campaign.TargetTotal> rollUp(long campaignId, CurrentUser user) {
        return recipients.rollUp(campaignId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public Recipient recipient(long recipientId, CurrentUser user) {
        return recipients.recipient(recipientId, user);
    }

    // ---------------------------------------------------------------- coverage and approval of the recipients

    @Override
    @Transactional(readOnly = true)
    public List<CoverageGap> coverage(long campaignId, long unitId, CurrentUser user) {
        return approval.coverage(campaignId, unitId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageGap> coverage(long campaignId, long unitId, CurrentUser user, int offset, int limit) {
        return approval.coverage(campaignId, unitId, user, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int coverageCount(long campaignId, long unitId, CurrentUser user) {
        return approval.coverageCount(campaignId, unitId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageGap> openFiles(long campaignId, long unitId, CurrentUser user) {
        return approval.openFiles(campaignId, unitId, user);
    }

    @Override
    @Transactional
    public void exempt(long campaignId, long caseId, String reason, CurrentUser user) {
        approval.exempt(campaignId, caseId, reason, user);
    }

    @Override
    @Transactional
    public void submitRecipients(long campaignId, long unitId, CurrentUser user) {
        approval.submitRecipients(campaignId, unitId, user);
    }

    @Override
    @Transactional
    public void approveRecipients(long campaignId, long unitId, boolean approve, String note, CurrentUser user) {
        approval.approveRecipients(campaignId, unitId, approve, note, user);
    }

    @Override
    @Transactional
    public int payRecipients(long campaignId, long unitId, String actor) {
        return payments.payRecipients(campaignId, unitId, actor);
    }

    // ---------------------------------------------------------------- visits, reports, close

    @Override
    @Transactional
    public void recordVisit(long recipientId, LocalDate visitedOn, String note, CurrentUser user) {
        reports.recordVisit(recipientId, visitedOn, note, user);
    }

    @Override
    @Transactional
    public void submitReport(long campaignId, long unitId, String text, CurrentUser user) {
        reports.submitReport(campaignId, unitId, text, user);
    }

    @Override
    @Transactional
    public void remind(long campaignId, long unitId) {
        reports.remind(campaignId, unitId);
    }

    @Override
    @Transactional
    public void markOverdue(long campaignId, long unitId) {
        reports.markOverdue(campaignId, unitId);
    }

    @Override
    @Transactional
    public void close(long campaignId) {
        reports.close(campaignId);
    }
}
