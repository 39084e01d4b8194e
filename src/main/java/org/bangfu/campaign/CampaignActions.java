package org.bangfu.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.campaign.CampaignSteps.Decision;
import org.bangfu.campaign.CampaignSteps.Done;
import org.bangfu.campaign.CampaignSteps.Report;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ConflictException;
import org.bangfu.workflow.OpenTask;
import org.bangfu.workflow.Processes;
import org.bangfu.workflow.TaskItem;
import org.bangfu.workflow.WorkItems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warmth campaigns on the engine: submitting a plan starts {@code WarmthCampaignProcess}; each decision completes
 * the matching step (the task of the participating unit's sub-process instance) through the one task model, whose
 * step kinds let the campaign module record it first. A step taken out of order is refused by the campaign module,
 * and a step that is not open is refused here, so nothing is recorded half-way.
 */
@Service
public class CampaignActions {

    private final CampaignService campaigns;
    private final Processes processes;
    private final WorkItems work;

    CampaignActions(CampaignService campaigns, Processes processes, WorkItems work) {
        this.campaigns = campaigns;
        this.processes = processes;
        this.work = work;
    }

    /** Submits the plan for approval and starts its process. */
    @Transactional
    public String submit(long campaignId, CurrentUser user) {
        campaigns.submit(campaignId, user);
        Campaign campaign = campaigns.campaign(campaignId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CampaignVariables.CAMPAIGN_ID, campaignId);
        variables.put(CampaignVariables.ORGANISER_UNIT_ID, campaign.unitId());
        variables.put(Processes.DEADLINE_PREFIX + CampaignVariables.TASK_SUBMIT_UNIT_REPORT,
                campaign.reportDeadline().toString());
        variables.put(Processes.DEADLINE_PREFIX + CampaignVariables.TASK_RECORD_VISITS,
                campaign.reportDeadline().toString());
        String instance = processes.start(CampaignVariables.PROCESS, businessKey(campaignId), variables);
        campaigns.attachProcess(campaignId, instance);
        return instance;
    }

    @Transactional
    public void decide(long campaignId, boolean approve, String note, CurrentUser user) {
        complete(campaignId, CampaignVariables.TASK_APPROVE_CAMPAIGN, null, new Decision(approve, note), user,
                () -> campaigns.decide(campaignId, approve, note, user));
    }

    @Transactional
    public void submitRecipients(long campaignId, long unitId, CurrentUser user) {
        complete(campaignId, CampaignVariables.TASK_REGISTER_RECIPIENTS, unitId, new Done(), user,
                () -> campaigns.submitRecipients(campaignId, unitId, user));
    }

    @Transactional
    public void approveRecipients(long campaignId, long unitId, boolean approve, String note, CurrentUser user) {
        complete(campaignId, CampaignVariables.TASK_APPROVE_RECIPIENTS, unitId, new Decision(approve, note), user,
                () -> campaigns.approveRecipients(campaignId, unitId, approve, note, user));
    }

    /** The unit has recorded its visits: on to the report. */
    @Transactional
    public void finishVisits(long campaignId, long unitId, CurrentUser user) {
        complete(campaignId, CampaignVariables.TASK_RECORD_VISITS, unitId, new Done(), user,
                () -> campaigns.unit(campaignId, unitId, user));
    }

    @Transactional
    public void submitReport(long campaignId, long unitId, String text, CurrentUser user) {
        complete(campaignId, CampaignVariables.TASK_SUBMIT_UNIT_REPORT, unitId, new Report(text), user, () -> {
        });
    }

    /** The open step of a unit (or of the campaign when {@code unitId} is null), or empty. */
    @Transactional(readOnly = true)
    public Optional<String> openStep(long campaignId, Long unitId) {
        Campaign campaign = campaigns.campaign(campaignId);
        if (campaign.processInstanceId() == null) {
            return Optional.empty();
        }
        return work.openTasks(businessKey(campaignId)).stream()
                .filter(t -> unitId == null ? unitOf(t) == null : unitId.equals(unitOf(t)))
                .map(OpenTask::key).findFirst();
    }

    /** Open campaign steps for the user's candidate groups (own unit, and units escalated to it): the inbox's rows. */
    @Transactional(readOnly = true)
    public List<CampaignTask> myTasks(CurrentUser user) {
        return work.inboxOf("campaign", user).stream().map(CampaignActions::task).toList();
    }

    private static CampaignTask task(TaskItem item) {
        Long unitId = item.idOf("unitId");
        return new CampaignTask(item.taskId(), item.taskKey(), item.idOf("campaignId"), item.reference(), unitId,
                unitId == null ? null : item.unitName(), item.due(), item.overdue());
    }

    private static String businessKey(long campaignId) {
        return "CAMP-" + campaignId;
    }

    private static Long unitOf(OpenTask task) {
        return task.longVariable(CampaignVariables.UNIT_ID);
    }

    /**
     * Completes the open step through the task model. When the step is not open, the campaign module is asked
     * anyway, so a step out of order gets its own refusal; if it has none, the step is refused here (and whatever
     * was recorded rolls back with the transaction).
     */
    private void complete(long campaignId, String key, Long unitId, Object command, CurrentUser user,
                          Runnable outOfOrder) {
        Campaign campaign = campaigns.campaign(campaignId);
        if (campaign.processInstanceId() == null) {
            outOfOrder.run();
            throw new ConflictException("error.campaign.noProcess", campaign.name());
        }
        Optional<OpenTask> open = work.openTasks(businessKey(campaignId), key).stream()
                .filter(t -> unitId == null || unitId.equals(unitOf(t))).findFirst();
        if (open.isEmpty()) {
            outOfOrder.run();
            throw new ConflictException("error.campaign.noOpenTask", campaign.name(), key);
        }
        work.complete(open.get().taskId(), command, user);
    }
}
