package org.bangfu.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bangfu.Fixtures;
import org.bangfu.TestBank;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.AidService;
import org.bangfu.approval.AidStatus;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Money from approval to the worker's card on the real engine and PostgreSQL: the line and its reservation come
 * with the approval, a batch needs two people, the bank file goes out, the result comes back all-or-nothing, and no
 * repetition, race or crash pays or books anything twice.
 */
class PaymentFlowTest extends ProcessTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.bangfu.identification.payee.Payees payeeAccounts;

    @Autowired AidService aid;
    @Autowired org.springframework.modulith.events.IncompleteEventPublications publications;
    @Autowired FundsFaults faults;
    @Autowired org.bangfu.funds.internal.SmsNotices sms;
    @Autowired org.bangfu.funds.internal.PendingOutcomes pendingOutcomes;

    private static final String FINANCE = "finance_zhongyuan";
    private static final String FINANCE2 = "finance2_zhongyuan";

    @AfterEach
    void disarm() {
        faults.disarm();
    }

    private AidRequest approvedAid(HardshipCase c, AidType type, String amount) {
        AidRequest request = caseActions.requestAid(new AidRequestCommand(c.id(), type, money(amount), null,
                type == AidType.EDUCATION ? org.bangfu.approval.SchoolLevel.UNIVERSITY : null, "生活困难"), user(CW));
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        return aid.aidRequest(request.id());
    }

    private PaymentRecord line(HardshipCase c) {
        List<PaymentRecord> lines = payments.payments(c.id());
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private long ledgerCount(String key, LedgerEntryType type) {
        return jdbc.sql("SELECT COUNT(*) FROM fund_ledger WHERE reference = ? AND entry_type = ?")
                .params(key, type.name()).query(Long.class).single();
    }

    private long smsCount(PaymentRecord p) {
        return jdbc.sql("SELECT COUNT(*) FROM sms_notice WHERE payment_id = ?").param(p.id()).query(Long.class)
                .single();
    }

    private PaymentBatch gathered(HardshipCase c) {
        return batches.gather(List.of(line(c).id()), user(FINANCE));
    }

    @Test
    void anApprovedGrantIsPaidOnceThroughAReleasedBatchAndTheBooksAgree() {
        HardshipCase c = openFile();
        AidRequest request = approvedAid(c, AidType.LIVING, "3000.00");
        PaymentRecord approved = line(c);
        assertThat(approved.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(approved.idempotencyKey()).isEqualTo("aid-" + request.id());
        // a national-level file draws on the earmarked central money first
        assertThat(approved.fundSource()).isEqualTo(FundSource.CENTRAL_SPECIAL);
        FundAllocation allocation = funds.allocation(approved.allocationId());
        BigDecimal reservedBefore = allocation.reserved();
        BigDecimal spentBefore = allocation.spent();
        assertThat(ledgerCount(approved.idempotencyKey(), LedgerEntryType.RESERVATION)).isEqualTo(1);

        PaymentBatch batch = gathered(c);
        assertThat(batch.status()).isEqualTo(BatchStatus.GATHERED);
        assertThat(batch.batchNo()).matches("PB\\d{8}-" + batch.id());
        assertThat(line(c).status()).isEqualTo(PaymentStatus.BATCHED);
        assertThatThrownBy(() -> batches.release(batch.id(), 1, money("3000.00"), user(FINANCE)))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.batch.fourEyes");
        assertThatThrownBy(() -> batches.release(batch.id(), 2, money("3000.01"), user(FINANCE2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field()).containsExactlyInAnyOrder("confirmedCount", "confirmedTotal"));
        assertThatThrownBy(() -> batches.export(batch.id(), StandardCharsets.UTF_8, user(FINANCE)))
                .isInstanceOf(ConflictException.class).hasMessage("error.batch.notReleased");
        batches.release(batch.id(), 1, money("3000.00"), user(FINANCE2));

        BankFile file = batches.export(batch.id(), StandardCharsets.UTF_8, user(FINANCE));
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(text).contains(approved.idempotencyKey(), "测试职工", "3000.00",
                payeeAccounts.payee(c.id()).account().number());
        BankFile again = batches.export(batch.id(), StandardCharsets.UTF_8, user(FINANCE));
        assertThat(again.content()).isEqualTo(file.content());
        BankFile gbk = batches.export(batch.id(), Charset.forName("GBK"), user(FINANCE));
        assertThat(new String(gbk.content(), Charset.forName("GBK"))).isEqualTo(text);
        assertThat(batches.batch(batch.id(), user(FINANCE)).status()).isEqualTo(BatchStatus.SENT);
        assertThat(line(c).status()).isEqualTo(PaymentStatus.SENT);
        assertThat(line(c).attempts()).isEqualTo(1);

        byte[] result = TestBank.resultFile(batches.lines(batch.id(), user(FINANCE)), null);
        ResultImport imported = batches.importResult(batch.id(), result, StandardCharsets.UTF_8, "r.csv",
                user(FINANCE), n -> { });
        assertThat(imported.paid()).isEqualTo(1);
        assertThat(imported.alreadyImported()).isFalse();
        assertThat(batches.importResult(batch.id(), result, StandardCharsets.UTF_8, "r.csv", user(FINANCE), n -> { })
                .alreadyImported()).isTrue();
        runJobs(c);

        PaymentRecord paid = line(c);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.paidAt()).isNotNull();
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.PAID);
        FundAllocation after = funds.allocation(approved.allocationId());
        assertThat(after.reserved()).isEqualByComparingTo(reservedBefore.subtract(money("3000.00")));
        assertThat(after.spent()).isEqualByComparingTo(spentBefore.add(money("3000.00")));
        assertThat(ledgerCount(paid.idempotencyKey(), LedgerEntryType.PAYMENT)).isEqualTo(1);
        assertThat(smsCount(paid)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT message FROM sms_notice WHERE payment_id = ?").param(paid.id())
                .query(String.class).single()).contains("3000.00", paid.cardMasked().substring(15));
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isEqualTo(1);
        assertThat(batches.batch(batch.id(), user(FINANCE)).status()).isEqualTo(BatchStatus.SETTLED);
        assertThat(batches.reconciliation(user(FINANCE))).filteredOn(r -> r.batchId() == batch.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.agrees()).isTrue();
                    assertThat(r.paidAmount()).isEqualByComparingTo("3000.00");
                    assertThat(r.ledgerPaid()).isEqualByComparingTo("3000.00");
                });
        assertThat(funds.reconcile(user("auditor_zhengzhou"))).isEmpty();
    }

    @Test
    void aRefusedPaymentGoesToFinanceWhoCorrectTheAccountAndSendItAgain() {
        HardshipCase c = openFile();
        approvedAid(c, AidType.LIVING, "1200.00");
        bankAnswers(c, "账户已销户");
        PaymentRecord failed = line(c);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("账户已销户");
        String task = claim(c, ProcessIds.TASK_HANDLE_FAILED_PAYMENT, FINANCE);
        assertThat(tasks.getVariable(task, ProcessIds.VAR_FINANCE_GROUP)).isEqualTo("finance@410102");
        String newCard = Fixtures.bankCard("621700000012345");
        assertThatThrownBy(() -> actions.handleFailedPayment(task, true,
                org.bangfu.TaskSteps.payment(newCard, "别人", null, "职工换卡"), user(FINANCE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field()).containsExactly("cardHolderName"));
        assertThat(line(c).status()).isEqualTo(PaymentStatus.FAILED);
        actions.handleFailedPayment(task, true, org.bangfu.TaskSteps.payment(newCard, "测试职工", null, "职工换卡"),
                user(FINANCE));
        assertThat(line(c).status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(line(c).cardMasked()).endsWith(newCard.substring(newCard.length() - 4));
        bankPays(c);
        PaymentRecord paid = line(c);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.attempts()).isEqualTo(2);
        assertThat(ledgerCount(paid.idempotencyKey(), LedgerEntryType.PAYMENT)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_batch_line WHERE payment_id = ?").param(paid.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isEqualTo(1);
    }

    @Test
    void aCancelledPaymentReleasesItsMoneyAndTheGrantNoLongerCounts() {
        HardshipCase c = openFile();
        AidRequest request = approvedAid(c, AidType.LIVING, "800.00");
        long allocation = line(c).allocationId();
        BigDecimal reservedWithGrant = funds.allocation(allocation).reserved();
        bankAnswers(c, "户名不符");
        String task = claim(c, ProcessIds.TASK_HANDLE_FAILED_PAYMENT, FINANCE);
        assertThatThrownBy(() -> actions.handleFailedPayment(task, false, org.bangfu.TaskSteps.payment(null, null, null,
                " "), user(FINANCE))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> actions.handleFailedPayment(task, false, org.bangfu.TaskSteps.payment(null, null, null,
                "职工放弃"), user(CW))).isInstanceOf(RuntimeException.class);
        actions.handleFailedPayment(task, false, org.bangfu.TaskSteps.payment(null, null, null, "职工放弃"),
                user(FINANCE));
        assertThat(line(c).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(funds.allocation(allocation).reserved())
                .isEqualByComparingTo(reservedWithGrant.subtract(money("800.00")));
        assertThat(ledgerCount(line(c).idempotencyKey(), LedgerEntryType.RELEASE)).isEqualTo(1);
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.PAYMENT_CANCELLED);
        assertThat(passed(c, ProcessIds.END_PAYMENT_CANCELLED)).isEqualTo(2);
        assertThat(funds.reconcile(user(FINANCE))).isEmpty();
    }

    @Test
    void aMalformedResultFileIsRefusedWholeWithItsLineNumbersAndChangesNothing() {
        HardshipCase c = openFile();
        approvedAid(c, AidType.LIVING, "500.00");
        PaymentBatch batch = bank().send(c);
        String key = line(c).idempotencyKey();
        String header = "PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE\r\n";
        List<byte[]> bad = List.of(
                (header + key + ",500.00,PAID,,R1\r\naid-999999999,10.00,PAID,,R2\r\n").getBytes(StandardCharsets.UTF_8),
                (header + key + ",499.99,PAID,,R1\r\n").getBytes(StandardCharsets.UTF_8),
                (header + key + ",500.00,PAID,,R1\r\n" + key + ",500.00,PAID,,R1\r\n").getBytes(StandardCharsets.UTF_8),
                (header + key + ",500.00,FAILED,户名不符,R1\r\n").getBytes(Charset.forName("GBK")));
        List<String> expectedField = List.of("line 3", "line 2", "line 3", "file");
        for (int i = 0; i < bad.size(); i++) {
            byte[] file = bad.get(i);
            String field = expectedField.get(i);
            assertThatThrownBy(() -> batches.importResult(batch.id(), file, StandardCharsets.UTF_8, "bad.csv",
                    user(FINANCE), n -> { })).as("bad file " + i).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting(err -> err.field()).contains(field));
        }
        assertThat(line(c).status()).isEqualTo(PaymentStatus.SENT);
        assertThat(batches.lines(batch.id(), user(FINANCE))).allMatch(l -> l.result() == BatchLine.LineResult.PENDING);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bank_result_import WHERE batch_id = ?").param(batch.id())
                .query(Long.class).single()).isZero();
        assertThat(ledgerCount(key, LedgerEntryType.PAYMENT)).isZero();
        bank().answer(batch, null);
        assertThat(line(c).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void theSameResultImportedTwiceAtOnceIsBookedOnce() throws Exception {
        HardshipCase c = openFile();
        approvedAid(c, AidType.LIVING, "700.00");
        PaymentBatch batch = bank().send(c);
        byte[] result = TestBank.resultFile(batches.lines(batch.id(), user(FINANCE)), null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResultImport>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(pool.submit(() -> {
                start.await();
                return batches.importResult(batch.id(), result, StandardCharsets.UTF_8, "r.csv", user(FINANCE),
                        n -> { });
            }));
        }
        start.countDown();
        List<Boolean> already = new ArrayList<>();
        for (Future<ResultImport> one : both) {
            already.add(one.get(60, TimeUnit.SECONDS).alreadyImported());
        }
        pool.shutdown();
        assertThat(already).containsExactlyInAnyOrder(true, false);
        PaymentRecord paid = line(c);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(ledgerCount(paid.idempotencyKey(), LedgerEntryType.PAYMENT)).isEqualTo(1);
        assertThat(smsCount(paid)).isEqualTo(1);
    }

    /** Each step crashes once before its commit; doing it again books everything exactly once. */
    @Test
    void aCrashAfterAnyStepNeverPaysOrBooksTwice() {
        HardshipCase c = openFile();
        AidRequest request = caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, money("900.00"),
                null, null, "生活困难"), user(CW));
        String task = claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER);
        faults.arm(FundsFaults.Step.APPROVE);
        assertThatThrownBy(() -> actions.decideAid(task, new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER))).satisfies(PaymentFlowTest::isInjectedFault);
        assertThat(payments.payments(c.id())).isEmpty();
        assertThat(aid.aidRequest(request.id()).status()).isEqualTo(AidStatus.PENDING);
        actions.decideAid(task, new DecisionCommand(Outcome.APPROVED, null), user(APPROVER));
        PaymentRecord approved = line(c);
        long allocation = approved.allocationId();
        BigDecimal spentBefore = funds.allocation(allocation).spent();

        faults.arm(FundsFaults.Step.GATHER);
        assertThatThrownBy(() -> gathered(c)).satisfies(PaymentFlowTest::isInjectedFault);
        assertThat(line(c).status()).isEqualTo(PaymentStatus.APPROVED);
        PaymentBatch batch = gathered(c);

        faults.arm(FundsFaults.Step.RELEASE);
        assertThatThrownBy(() -> batches.release(batch.id(), 1, money("900.00"), user(FINANCE2)))
                .satisfies(PaymentFlowTest::isInjectedFault);
        assertThat(batches.batch(batch.id(), user(FINANCE)).status()).isEqualTo(BatchStatus.GATHERED);
        batches.release(batch.id(), 1, money("900.00"), user(FINANCE2));

        faults.arm(FundsFaults.Step.EXPORT);
        assertThatThrownBy(() -> batches.export(batch.id(), StandardCharsets.UTF_8, user(FINANCE)))
                .satisfies(PaymentFlowTest::isInjectedFault);
        assertThat(line(c).status()).isEqualTo(PaymentStatus.BATCHED);
        batches.export(batch.id(), StandardCharsets.UTF_8, user(FINANCE));
        assertThat(line(c).attempts()).isEqualTo(1);

        byte[] result = TestBank.resultFile(batches.lines(batch.id(), user(FINANCE)), null);
        faults.arm(FundsFaults.Step.IMPORT);
        assertThatThrownBy(() -> batches.importResult(batch.id(), result, StandardCharsets.UTF_8, "r.csv",
                user(FINANCE), n -> { })).satisfies(PaymentFlowTest::isInjectedFault);
        assertThat(line(c).status()).isEqualTo(PaymentStatus.SENT);
        assertThat(ledgerCount(approved.idempotencyKey(), LedgerEntryType.PAYMENT)).isZero();

        // the import commits, then the hand-over to the process crashes: the process still waits
        faults.arm(FundsFaults.Step.SIGNAL);
        batches.importResult(batch.id(), result, StandardCharsets.UTF_8, "r.csv", user(FINANCE), n -> { });
        assertThat(line(c).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isZero();
        // the outcome's publication stays incomplete in the registry; the retry run resumes it and then none is left
        assertThat(incompleteOutcomes()).isEqualTo(1);
        publications.resubmitIncompletePublications(p -> p.getEvent() instanceof org.bangfu.funds.PaymentOutcome);
        assertThat(incompleteOutcomes()).isZero();
        publications.resubmitIncompletePublications(p -> p.getEvent() instanceof org.bangfu.funds.PaymentOutcome);
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isEqualTo(1);

        assertThat(ledgerCount(approved.idempotencyKey(), LedgerEntryType.RESERVATION)).isEqualTo(1);
        assertThat(ledgerCount(approved.idempotencyKey(), LedgerEntryType.PAYMENT)).isEqualTo(1);
        assertThat(funds.allocation(allocation).spent()).isEqualByComparingTo(spentBefore.add(money("900.00")));
        assertThat(smsCount(line(c))).isEqualTo(1);
        sms.sendPending(1000); // a second run of the sender leaves the one notice as it was
        assertThat(jdbc.sql("SELECT status FROM sms_notice WHERE payment_id = ?").param(line(c).id())
                .query(String.class).single()).isEqualTo("SENT");
        assertThat(funds.reconcile(user(FINANCE))).isEmpty();
    }

    /** An outcome not handed over before the registry existed (or whose publication was lost) goes over at start. */
    @Test
    void anOutcomeNotYetHandedOverReachesItsProcessAtStart() {
        HardshipCase c = openFile();
        approvedAid(c, AidType.LIVING, "700.00");
        faults.arm(FundsFaults.Step.SIGNAL);
        bankPays(c);
        assertThat(line(c).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isZero();
        jdbc.sql("DELETE FROM event_publication").update();

        pendingOutcomes.atStartUp();
        runJobs(c);
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isEqualTo(1);
        pendingOutcomes.atStartUp();
        runJobs(c);
        assertThat(passed(c, ProcessIds.END_AID_PAID)).isEqualTo(1);
        assertThat(incompleteOutcomes()).isZero();
    }

    private long incompleteOutcomes() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                        + "AND event_type IN (?, ?, ?)")
                .params(org.bangfu.funds.PaymentSettled.class.getName(), org.bangfu.funds.PaymentFailed.class.getName(),
                        org.bangfu.funds.PaymentCancelled.class.getName())
                .query(Long.class).single();
    }

    /** The simulated crash, however the engine wrapped it on its way out. */
    private static void isInjectedFault(Throwable thrown) {
        Throwable t = thrown;
        while (t != null && !(t instanceof FundsFaults.InjectedFault)) {
            t = t.getCause();
        }
        assertThat(t).as("caused by the injected fault: " + thrown).isNotNull();
    }

    private void atFundYear(int year) {
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDate.of(year, 3, 2).atTime(10, 0)
                .atZone(clock.getZone()).toInstant()));
    }

    @Test
    void earmarkedMoneyGoesOnlyWhereItMayAndNoGrantIsApprovedWithoutMoney() {
        HardshipCase national = fileDeep();
        HardshipCase local = intake.fileEmergency(Fixtures.emergency(), money("500.00"), "急难", user(CW));
        atFundYear(2094);
        CurrentUser finance = user(FINANCE);
        FundAllocation central = funds.allocate(FundSource.CENTRAL_SPECIAL, 2094, money("1000.00"), null, null,
                finance);
        FundAllocation donation = funds.allocate(FundSource.DONATION, 2094, money("1000.00"), AidType.EDUCATION,
                "助学捐款", finance);
        assertThat(central.nationalFilesOnly()).isTrue();
        // a local file can neither use central money nor a donation given for school aid
        assertThatThrownBy(() -> payments.approveGrant(local.id(), "AID", AidType.LIVING, money("100.00"),
                "earmark-1", APPROVER)).isInstanceOf(ConflictException.class).hasMessage("error.funds.noneAvailable");
        PaymentRecord school = payments.approveGrant(local.id(), "AID", AidType.EDUCATION, money("100.00"),
                "earmark-2", APPROVER);
        assertThat(school.allocationId()).isEqualTo(donation.id());
        PaymentRecord living = payments.approveGrant(national.id(), "AID", AidType.LIVING, money("100.00"),
                "earmark-3", APPROVER);
        assertThat(living.allocationId()).isEqualTo(central.id());
        // the same key again books nothing
        assertThat(payments.approveGrant(national.id(), "AID", AidType.LIVING, money("100.00"), "earmark-3",
                APPROVER).id()).isEqualTo(living.id());
        assertThat(funds.allocation(central.id()).reserved()).isEqualByComparingTo("100.00");
        assertThatThrownBy(() -> payments.approveGrant(national.id(), "AID", AidType.LIVING, money("900.01"),
                "earmark-4", APPROVER)).isInstanceOf(ConflictException.class);
        assertThat(payments.byKey("earmark-4")).isEmpty();
    }

    @Test
    void manyApprovalsRacingForTheLastYuanOfAUnitNeverTakeMoreThanIsThere() throws Exception {
        List<HardshipCase> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(fileAt(Fixtures.intake(Fixtures.residentId(), money("3000.00"),
                    org.bangfu.identification.HardshipCause.ILLNESS), CW));
        }
        atFundYear(2093);
        FundAllocation only = funds.allocate(FundSource.UNION_ALLOCATION, 2093, money("1000.00"), null, null,
                user(FINANCE));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (HardshipCase c : cases) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    payments.approveGrant(c.id(), "AID", AidType.LIVING, money("30.00"), "race-" + c.id(), APPROVER);
                    return true;
                } catch (ConflictException noMoney) {
                    return false;
                }
            }));
        }
        start.countDown();
        int granted = 0;
        for (Future<Boolean> result : results) {
            granted += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(granted).isEqualTo(33);
        FundAllocation after = funds.allocation(only.id());
        assertThat(after.reserved()).isEqualByComparingTo("990.00");
        assertThat(after.available()).isEqualByComparingTo("10.00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_record WHERE idempotency_key LIKE 'race-%' AND fund_year = 2093")
                .query(Long.class).single()).isEqualTo(33);
        assertThat(funds.reconcile(user(FINANCE))).isEmpty();
    }

    @Test
    void theFullAccountNumberIsShownOnlyWithAReasonAndEveryRevealIsRecorded() {
        HardshipCase c = fileDeep();
        assertThat(c.bankCardMasked()).startsWith("**** **** ****");
        assertThatThrownBy(() -> files.revealBankAccount(c.id(), "核对", user(CW)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> files.revealBankAccount(c.id(), " ", user(FINANCE)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(files.accountReveals(c.id())).isEmpty();
        String number = files.revealBankAccount(c.id(), "银行退票核对", user(FINANCE));
        assertThat(number).hasSizeBetween(16, 19).endsWith(c.bankCardMasked().substring(15));
        assertThat(files.accountReveals(c.id())).singleElement().satisfies(r -> {
            assertThat(r.revealedBy()).isEqualTo(FINANCE);
            assertThat(r.reason()).isEqualTo("银行退票核对");
        });
    }

    @Test
    void anAccountThatIsNotACardNeedsASecondConfirmationAndTheHolderMustBeTheWorker() {
        IntakeCommand base = Fixtures.deepHardship();
        IntakeCommand passbook = new IntakeCommand(base.workerName(), base.residentId(), base.sex(), base.birthDate(),
                base.phone(), base.employer(), base.householdSize(), base.householdYearlyIncome(), base.rigidExpenses(),
                base.hardshipCause(), "41010200123456", "测试职工", null, base.profile(), base.members());
        assertThatThrownBy(() -> intake.file(passbook, user(CW))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("bankCard");
                    assertThat(err.messageKey()).isEqualTo("validation.bankAccount.confirmNonCard");
                }));
        IntakeCommand otherHolder = new IntakeCommand(base.workerName(), base.residentId(), base.sex(),
                base.birthDate(), base.phone(), base.employer(), base.householdSize(), base.householdYearlyIncome(),
                base.rigidExpenses(), base.hardshipCause(), base.bankCard(), "张三", null, base.profile(),
                base.members());
        assertThatThrownBy(() -> intake.file(otherHolder, user(CW))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).extracting(err -> err.messageKey())
                        .containsExactly("validation.cardHolder.realName"));
        IntakeCommand confirmed = new IntakeCommand(base.workerName(), base.residentId(), base.sex(),
                base.birthDate(), base.phone(), base.employer(), base.householdSize(), base.householdYearlyIncome(),
                base.rigidExpenses(), base.hardshipCause(), "41010200123456", "测试职工", true, base.profile(),
                base.members());
        HardshipCase filed = intake.file(confirmed, user(CW));
        assertThat(filed.bankAccountKind()).isEqualTo(BankAccount.Kind.ACCOUNT);
        assertThat(filed.cardHolderName()).isEqualTo("测试职工");
    }
}
