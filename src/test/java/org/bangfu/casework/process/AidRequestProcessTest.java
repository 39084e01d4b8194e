package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bangfu.Fixtures;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.AidService;
import org.bangfu.approval.AidStatus;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.SchoolLevel;
import org.bangfu.approval.Tier;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCase;
import org.bangfu.settings.NewRuleSetting;
import org.bangfu.settings.RuleSettings;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** AidRequestProcess: caps at the request, tiers lowest first, return for information, rejection, payment once. */
class AidRequestProcessTest extends ProcessTestSupport {

    @Autowired AidService aid;
    @Autowired RuleSettings settings;

    private AidRequest request(HardshipCase file, AidType type, String amount) {
        return caseActions.requestAid(new AidRequestCommand(file.id(), type, money(amount),
                type == AidType.MEDICAL ? money("80000.00") : null,
                type == AidType.EDUCATION ? SchoolLevel.UNIVERSITY : null, "治疗费用"), user(CW));
    }

    private Task tierTask(HardshipCase c) {
        return openTask(c, ProcessIds.TASK_APPROVE_AID);
    }

    private void decide(HardshipCase c, String approver, Outcome outcome, String reason) {
        String task = claim(c, ProcessIds.TASK_APPROVE_AID, approver);
        actions.decideAid(task, new DecisionCommand(outcome, reason), user(approver));
    }

    @Test
    void noAidBeforeTheFileIsOpen() {
        HardshipCase c = fileDeep();
        assertThatThrownBy(() -> request(c, AidType.LIVING, "1000.00")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("error.fileNotOpen");
    }

    @Test
    void aSmallGrantIsApprovedByTheCountyAndPaidOnce() {
        HardshipCase c = openFile();
        AidRequest request = request(c, AidType.LIVING, "3000.00");
        assertThat(request.requiredTier()).isEqualTo(Tier.COUNTY);
        assertThat(tasks.getVariable(tierTask(c).getId(), ProcessIds.VAR_APPROVER_GROUP)).isEqualTo("approver@410102");
        decide(c, APPROVER, Outcome.APPROVED, null);
        // the approval created the payment line and reserved the money; the bank has not paid yet
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.APPROVED);
        assertThat(payments.payments(c.id())).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("3000.00");
            assertThat(p.idempotencyKey()).isEqualTo("aid-" + request.id());
            assertThat(p.status()).isEqualTo(PaymentStatus.APPROVED);
            assertThat(p.allocationId()).isNotNull();
        });
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.PAYMENT_PROCESS)
                .processInstanceBusinessKey(c.caseNo()).count()).isEqualTo(1);
        bankPays(c);
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.PAID);
        assertThat(payments.payments(c.id())).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.PAID));
        assertThat(payments.approveAid(request.id(), APPROVER).id()).isEqualTo(payments.payments(c.id()).get(0).id());
        assertThat(payments.payments(c.id())).hasSize(1);
        assertThat(aid.grantedThisYear(c.id())).containsEntry(AidType.LIVING, money("3000.00"));
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isEqualTo(1);
    }

    @Test
    void aboveTheProvincialLimitTheProvinceApprovesAfterTheCountyAndAboveTheNationalLimitTheNation() {
        HardshipCase c = openFile();
        AidRequest request = request(c, AidType.MEDICAL, "49000.00");
        assertThat(request.requiredTier()).isEqualTo(Tier.PROVINCE);
        decide(c, APPROVER, Outcome.APPROVED, null);
        Task province = tierTask(c);
        assertThat(tasks.getVariable(province.getId(), ProcessIds.VAR_TIER)).isEqualTo("PROVINCE");
        assertThatThrownBy(() -> inbox.claim(province.getId(), user(APPROVER)))
                .hasMessageContaining("error.taskNotFound");
        decide(c, "approver_henan", Outcome.APPROVED, null);
        runJobs(c);
        bankPays(c);
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.PAID);
        assertThat(aid.steps(request.id())).extracting(s -> s.tier()).containsExactly(Tier.COUNTY, Tier.PROVINCE);
    }

    @Test
    void aNationalTierGrantPassesAllThreeTiersInOrder() {
        HardshipCase c = openFile();
        // The default medical maximum (50,000) keeps grants below the national limit; an analyst raises it here.
        settings.addVersion(new NewRuleSetting("cap.medical.max.DEEP", "410102", today(), money("80000")),
                user("analyst"));
        AidRequest request = request(c, AidType.MEDICAL, "60000.00");
        assertThat(request.requiredTier()).isEqualTo(Tier.NATIONAL);
        decide(c, APPROVER, Outcome.APPROVED, null);
        decide(c, "approver_henan", Outcome.APPROVED, null);
        assertThat(tasks.getVariable(tierTask(c).getId(), ProcessIds.VAR_APPROVER_GROUP))
                .isEqualTo("approver@100000");
        assertThat(payments.payments(c.id())).isEmpty();
        decide(c, "approver_national", Outcome.APPROVED, null);
        runJobs(c);
        assertThat(aid.steps(request.id())).extracting(s -> s.tier())
                .containsExactly(Tier.COUNTY, Tier.PROVINCE, Tier.NATIONAL);
        bankPays(c);
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.PAID);
    }

    @Test
    void aReturnedRequestIsRevisedAndGoesThroughTheTiersAgain() {
        HardshipCase c = openFile();
        AidRequest request = request(c, AidType.LIVING, "3000.00");
        assertThatThrownBy(() -> decide(c, APPROVER, Outcome.RETURNED, " ")).isInstanceOf(InvalidInputException.class);
        decide(c, APPROVER, Outcome.RETURNED, "请补充收入证明");
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.RETURNED);
        actions.reviseAid(claim(c, ProcessIds.TASK_REVISE_AID_REQUEST, CW), true, money("2500.00"), "已补充收入证明",
                user(CW));
        assertThat(aid.aidRequest(request.id()).amount()).isEqualByComparingTo("2500.00");
        decide(c, APPROVER, Outcome.APPROVED, null);
        runJobs(c);
        bankPays(c);
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.PAID);
    }

    @Test
    void aRejectedRequestPaysNothing() {
        HardshipCase c = openFile();
        AidRequest request = request(c, AidType.LIVING, "3000.00");
        decide(c, APPROVER, Outcome.REJECTED, "本年度已获同类帮扶");
        runJobs(c);
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.REJECTED);
        assertThat(payments.payments(c.id())).isEmpty();
        assertThat(passed(c, ProcessIds.END_AID_REJECTED)).isEqualTo(1);
    }

    @Test
    void aRequestOverTheCapIsRefusedWithTheCapAndWhatWasGranted() {
        HardshipCase c = openFile();
        // Deep household of 3 in Zhongyuan, 2026: 12 months x 830 x 3 = 29,880 living aid a year.
        request(c, AidType.LIVING, "20000.00");
        assertThatThrownBy(() -> request(c, AidType.LIVING, "10000.00"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> {
                            assertThat(err.field()).isEqualTo("amount");
                            assertThat(err.messageKey()).isEqualTo("validation.aid.overCap");
                            assertThat(err.args()).containsExactly("29880.00", "20000.00", "9880.00");
                        }));
        assertThat(aid.requests(c.id())).hasSize(1);
    }

    @Test
    void aRelativeHouseholdGetsOneAidTypePerYear() {
        HardshipCase c = fileAt(Fixtures.relativeHardship(), CW);
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        endNotice(c);
        approveFile(c);
        assertThat(reload(c).grade()).isEqualTo("RELATIVE");
        request(c, AidType.LIVING, "1000.00");
        assertThatThrownBy(() -> request(c, AidType.EDUCATION, "1000.00"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.messageKey()).isEqualTo("validation.aid.oneTypePerYear")));
    }

    @Test
    void theCaseWorkerWhoVisitedCannotApproveTheirOwnRequest() {
        HardshipCase c = openFile();
        request(c, AidType.LIVING, "1000.00");
        Task task = tierTask(c);
        assertThatThrownBy(() -> aid.checkMayDecide((Long) tasks.getVariable(task.getId(),
                ProcessIds.VAR_AID_REQUEST_ID), Tier.COUNTY, user(CW))).isInstanceOf(ForbiddenException.class);
    }
}
