package org.bangfu.casework;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignService;
import org.bangfu.casework.process.CampaignVariables;
import org.bangfu.casework.process.SlaClock;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.ConflictException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warmth campaigns on the engine: submitting a plan starts {@code WarmthCampaignProcess}; each decision is recorded
 * by the campaign module first and then completes the matching task in the same transaction (the task of the
 * participating unit's sub-process instance). A step taken out of order is refused by the campaign module, and a
 * task that is not open is refused here, so nothing is recorded half-way.
 */
@Service
public class CampaignActions {

    private final CampaignService campaigns;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final Clock clock;

    CampaignActions(CampaignService campaigns, RuntimeService runtime, TaskService tasks, Jurisdiction jurisdiction,
                    OrganizationService organization, Clock clock) {
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.clock = clock;
    }

    /** Submits the plan for approval and starts its process. */
    @Transactional
    public String submit(long campaignId, CurrentUser user) {
        campaigns.submit(campaignId, user);
        Campaign campaign = campaigns.campaign(campaignId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CampaignVariables.CAMPAIGN_ID, campaignId);
        variables.put(CampaignVariables.ORGANISER_UNIT_ID, campaign.unitId());
        variables.put(SlaClock.DEADLINE_PREFIX + CampaignVariables.TASK_SUBMIT_UNIT_REPORT,
                campaign.reportDeadline().toString());
        variables.put(SlaClock.DEADLINE_PREFIX + CampaignVariables.TASK_RECORD_VISITS,
                campaign.reportDeadline().toString());
        String instance = runtime.startProcessInstanceByKey(CampaignVariables.PROCESS, "CAMP-" + campaignId, variables)
                .getId();
        campaigns.attachProcess(campaignId, instance);
        return instance;
    }

    @Transactional
    public void decide(long campaignId, boolean approve, String note, CurrentUser user) {
        campaigns.decide(campaignId, approve, note, user);
        Task task = task(campaignId, CampaignVariables.TASK_APPROVE_CAMPAIGN, null);
        tasks.complete(task.getId(), Map.of(CampaignVariables.APPROVED, approve,
                CampaignVariables.DECIDED_BY, user.username()));
    }

    @Transactional
    public void submitRecipients(long campaignId, long unitId, CurrentUser user) {
        campaigns.submitRecipients(campaignId, unitId, user);
        tasks.complete(task(campaignId, CampaignVariables.TASK_REGISTER_RECIPIENTS, unitId).getId());
    }

    @Transactional
    public void approveRecipients(long campaignId, long unitId, boolean approve, String note, CurrentUser user) {
        campaigns.approveRecipients(campaignId, unitId, approve, note, user);
        Task task = task(campaignId, CampaignVariables.TASK_APPROVE_RECIPIENTS, unitId);
        // declared by the sub-process's input mapping, so they land in this unit's instance: units decided at the
        // same time never see each other's answer
        Map<String, Object> answer = new HashMap<>();
        answer.put(CampaignVariables.RECIPIENTS_APPROVED, approve);
        answer.put(CampaignVariables.RECIPIENTS_APPROVED_BY, user.username());
        tasks.complete(task.getId(), answer);
    }

    /** The unit has recorded its visits: on to the report. */
    @Transactional
    public void finishVisits(long campaignId, long unitId, CurrentUser user) {
        jurisdiction.requireCovers(user, unitId);
        campaigns.unit(campaignId, unitId, user);
        tasks.complete(task(campaignId, CampaignVariables.TASK_RECORD_VISITS, unitId).getId());
    }

    @Transactional
    public void submitReport(long campaignId, long unitId, String text, CurrentUser user) {
        Task task = task(campaignId, CampaignVariables.TASK_SUBMIT_UNIT_REPORT, unitId);
        campaigns.submitReport(campaignId, unitId, text, user);
        tasks.complete(task.getId());
    }

    /** The open step of a unit (or of the campaign when {@code unitId} is null), or empty. */
    public java.util.Optional<String> openStep(long campaignId, Long unitId) {
        Campaign campaign = campaigns.campaign(campaignId);
        if (campaign.processInstanceId() == null) {
            return java.util.Optional.empty();
        }
        return tasks.createTaskQuery().processInstanceId(campaign.processInstanceId()).list().stream()
                .filter(t -> unitId == null ? unitOf(t) == null : unitId.equals(unitOf(t)))
                .map(Task::getTaskDefinitionKey).findFirst();
    }

    /** Open campaign tasks for the user's candidate groups (own unit, and units escalated to it). */
    public List<CampaignTask> myTasks(CurrentUser user) {
        List<String> groups = jurisdiction.candidateGroups(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<CampaignTask> result = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Date now = Date.from(clock.instant());
        for (Task task : tasks.createTaskQuery().processDefinitionKey(CampaignVariables.PROCESS)
                .or().taskCandidateGroupIn(groups).taskAssignee(user.username()).endOr()
                .orderByTaskCreateTime().asc().list()) {
            long campaignId = ((Number) runtime.getVariable(task.getProcessInstanceId(),
                    CampaignVariables.CAMPAIGN_ID)).longValue();
            Long unitId = unitOf(task);
            result.add(new CampaignTask(task.getId(), task.getTaskDefinitionKey(), campaignId,
                    names.computeIfAbsent(campaignId, id -> campaigns.campaign(id).name()), unitId,
                    unitId == null ? null : organization.unit(unitId).name(),
                    task.getDueDate() == null ? null
                            : task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime(),
                    task.getDueDate() != null && task.getDueDate().before(now)));
        }
        return result;
    }

    private Long unitOf(Task task) {
        Object unit = runtime.getVariable(task.getExecutionId(), CampaignVariables.UNIT_ID);
        return unit == null ? null : ((Number) unit).longValue();
    }

    private Task task(long campaignId, String key, Long unitId) {
        Campaign campaign = campaigns.campaign(campaignId);
        if (campaign.processInstanceId() == null) {
            throw new ConflictException("error.campaign.noProcess", campaign.name());
        }
        return tasks.createTaskQuery().processInstanceId(campaign.processInstanceId()).taskDefinitionKey(key).list()
                .stream().filter(t -> unitId == null || unitId.equals(unitOf(t))).findFirst()
                .orElseThrow(() -> new ConflictException("error.campaign.noOpenTask", campaign.name(), key));
    }
}
