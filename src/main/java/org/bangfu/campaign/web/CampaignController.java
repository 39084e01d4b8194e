package org.bangfu.campaign.web;

import java.time.LocalDate;
import java.util.List;

import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignActions;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignTask;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.campaign.Delegation;
import org.bangfu.campaign.DelegationCommand;
import org.bangfu.campaign.DelegationProgress;
import org.bangfu.campaign.DelegationService;
import org.bangfu.campaign.ModelWorker;
import org.bangfu.campaign.ModelWorkerCommand;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientCommand;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Warmth campaigns (GUIDE.md section 11). Unit and role are checked by the campaign module; each step that moves
 * the process completes its task in the same transaction. Refusals are problem JSON (see {@link org.bangfu.workflow.EngineApi}).
 */
@RestController
@org.bangfu.workflow.EngineApi
@Tag(name = "campaigns", description = "Warmth campaigns: plan, approval, recipients, coverage, visits, reports")
class CampaignController {

    private final CampaignService campaigns;
    private final CampaignActions actions;
    private final ModelWorkerService modelWorkers;
    private final DelegationService delegations;
    private final CurrentUsers users;

    CampaignController(CampaignService campaigns, CampaignActions actions, ModelWorkerService modelWorkers,
                       DelegationService delegations, CurrentUsers users) {
        this.modelWorkers = modelWorkers;
        this.delegations = delegations;
        this.campaigns = campaigns;
        this.actions = actions;
        this.users = users;
    }

    @GetMapping("/api/campaigns")
    @Operation(summary = "Campaigns of the caller's subtree and of the units above it, newest first, one page: page "
            + "from 0, size 1-200 (default 50); answers the rows, the total and whether more pages follow")
    ResultPage<Campaign> list(@RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> campaigns.campaigns(user, offset, limit),
                () -> campaigns.campaignCount(user));
    }

    @GetMapping("/api/campaigns/tasks")
    @Operation(summary = "Open campaign steps for the caller's candidate groups")
    List<CampaignTask> tasks() {
        return actions.myTasks(users.require());
    }

    @PostMapping("/api/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A draft plan of the caller's unit (case worker or approver)")
    Campaign plan(@RequestBody CampaignCommand body) {
        return campaigns.plan(body, users.require());
    }

    @GetMapping("/api/campaigns/{id}")
    Campaign campaign(@PathVariable long id) {
        return campaigns.campaign(id, users.require());
    }

    @GetMapping("/api/campaigns/{id}/budget")
    List<BudgetLine> budget(@PathVariable long id) {
        campaigns.campaign(id, users.require());
        return campaigns.budget(id);
    }

    @PostMapping("/api/campaigns/{id}/submit")
    @Operation(summary = "Submits the plan for approval and starts its process")
    Campaign submit(@PathVariable long id) {
        actions.submit(id, users.require());
        return campaigns.campaign(id, users.require());
    }

    record DecisionBody(boolean approve, String note) {
    }

    @PostMapping("/api/campaigns/{id}/decision")
    @Operation(summary = "Approver of the organising unit: approve (the budget goes down) or reject with a note")
    Campaign decide(@PathVariable long id, @RequestBody DecisionBody body) {
        actions.decide(id, body.approve(), body.note(), users.require());
        return campaigns.campaign(id, users.require());
    }

    @GetMapping("/api/campaigns/{id}/units")
    List<CampaignUnit> units(@PathVariable long id) {
        return campaigns.units(id, users.require());
    }

    @GetMapping("/api/campaigns/{id}/units/{unitId}/recipients")
    @Operation(summary = "Recipients of the unit's subtree in registration order, one page: page from 0, size 1-200 "
            + "(default 50); answers the rows, the total and whether more pages follow")
    ResultPage<Recipient> recipients(@PathVariable long id, @PathVariable long unitId,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> campaigns.recipients(id, unitId, user, offset, limit),
                () -> campaigns.recipientCount(id, unitId, user));
    }

    @PostMapping("/api/campaigns/{id}/units/{unitId}/recipients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a recipient at the unit (or below it) while the unit is registering")
    Recipient register(@PathVariable long id, @PathVariable long unitId, @RequestBody RecipientCommand body) {
        return campaigns.register(id, unitId, body, users.require());
    }

    @DeleteMapping("/api/campaigns/recipients/{recipientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long recipientId) {
        campaigns.removeRecipient(recipientId, users.require());
    }

    @GetMapping("/api/campaigns/{id}/units/{unitId}/coverage")
    @Operation(summary = "Open deep-hardship files of the unit that are not recipients, with their reason if any")
    List<CoverageGap> coverage(@PathVariable long id, @PathVariable long unitId) {
        return campaigns.coverage(id, unitId, users.require());
    }

    @GetMapping("/api/campaigns/{id}/units/{unitId}/open-files")
    @Operation(summary = "Open files of the unit that are not yet recipients (who may be registered from a file)")
    List<CoverageGap> openFiles(@PathVariable long id, @PathVariable long unitId) {
        return campaigns.openFiles(id, unitId, users.require());
    }

    record ReasonBody(Long caseId, String reason) {
    }

    @PostMapping("/api/campaigns/{id}/exemptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void exempt(@PathVariable long id, @RequestBody ReasonBody body) {
        campaigns.exempt(id, body.caseId() == null ? -1 : body.caseId(), body.reason(), users.require());
    }

    @PostMapping("/api/campaigns/{id}/units/{unitId}/submit-recipients")
    @Operation(summary = "Submits the unit's recipients; refused while a deep-hardship file is not covered")
    CampaignUnit submitRecipients(@PathVariable long id, @PathVariable long unitId) {
        actions.submitRecipients(id, unitId, users.require());
        return campaigns.unit(id, unitId, users.require());
    }

    @PostMapping("/api/campaigns/{id}/units/{unitId}/recipients-decision")
    CampaignUnit approveRecipients(@PathVariable long id, @PathVariable long unitId, @RequestBody DecisionBody body) {
        actions.approveRecipients(id, unitId, body.approve(), body.note(), users.require());
        return campaigns.unit(id, unitId, users.require());
    }

    record VisitBody(LocalDate visitedOn, String note) {
    }

    @PostMapping("/api/campaigns/recipients/{recipientId}/visit")
    Recipient visit(@PathVariable long recipientId, @RequestBody VisitBody body) {
        campaigns.recordVisit(recipientId, body.visitedOn(), body.note(), users.require());
        return campaigns.recipient(recipientId, users.require());
    }

    @PostMapping("/api/campaigns/{id}/units/{unitId}/finish-visits")
    CampaignUnit finishVisits(@PathVariable long id, @PathVariable long unitId) {
        actions.finishVisits(id, unitId, users.require());
        return campaigns.unit(id, unitId, users.require());
    }

    record ReportBody(String text) {
    }

    @PostMapping("/api/campaigns/{id}/units/{unitId}/report")
    @Operation(summary = "The unit's report; marked late after the deadline")
    CampaignUnit report(@PathVariable long id, @PathVariable long unitId, @RequestBody ReportBody body) {
        actions.submitReport(id, unitId, body.text(), users.require());
        return campaigns.unit(id, unitId, users.require());
    }

    @GetMapping("/api/model-workers")
    @Operation(summary = "The model-worker list of a unit's subtree (the caller's unit by default), by name, one "
            + "page: page from 0, size 1-200 (default 50); answers the rows, the total and whether more pages follow")
    ResultPage<ModelWorker> modelWorkers(@RequestParam(required = false) Long unitId,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        long unit = unitId == null ? user.unit().id() : unitId;
        return ResultPage.of(page, size, (offset, limit) -> modelWorkers.page(unit, null, user, offset, limit),
                () -> modelWorkers.count(unit, null, user));
    }

    record RevealBody(String reason) {
    }

    @PostMapping("/api/model-workers/{id}/phone/reveal")
    @Operation(summary = "A model worker's full phone number (listed masked), with a reason that is recorded")
    java.util.Map<String, String> revealModelWorkerPhone(@PathVariable long id, @RequestBody RevealBody body) {
        String phone = modelWorkers.revealPhone(id, body == null ? null : body.reason(), users.require());
        return java.util.Map.of("phone", phone == null ? "" : phone);
    }

    @PostMapping("/api/model-workers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a model worker (case workers, approvers); validated like a file, real-name account")
    ModelWorker addModelWorker(@RequestBody ModelWorkerCommand body) {
        return modelWorkers.add(body, users.require());
    }

    @GetMapping("/api/campaigns/{id}/delegations")
    List<Delegation> delegations(@PathVariable long id) {
        return delegations.delegations(id, users.require());
    }

    @PostMapping("/api/campaigns/{id}/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A visiting delegation of the organising unit: leader, members, departments, places, items")
    Delegation createDelegation(@PathVariable long id, @RequestBody DelegationCommand body) {
        return delegations.create(id, body, users.require());
    }

    @GetMapping("/api/delegations/{delegationId}/progress")
    @Operation(summary = "Per place and item: visits planned and recorded, money planned and given")
    List<DelegationProgress> delegationProgress(@PathVariable long delegationId) {
        return delegations.progress(delegationId, users.require());
    }
}
