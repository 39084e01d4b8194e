package org.bangfu.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bangfu.IntegrationTest;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Allocations down the tree and the ledger on PostgreSQL: never below zero, even when many race for the last yuan. */
class FundLedgerTest extends IntegrationTest {

    @Autowired FundService funds;

    private static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    @Test
    void moneyGoesDownTheTreeOnlyToDirectChildrenAndTheBooksAgree() {
        FundAllocation county = funds.allocate(FundSource.UNION_ALLOCATION, 2091, money("10000.00"), null, null,
                user("finance_zhongyuan"));
        FundAllocation grassroots = funds.passDown(county.id(), organization.unitByCode("410102001").orElseThrow().id(),
                money("2500.00"), user("finance_zhongyuan"));
        assertThat(funds.allocation(county.id()).available()).isEqualByComparingTo("7500.00");
        assertThat(grassroots.available()).isEqualByComparingTo("2500.00");
        assertThat(grassroots.parentId()).isEqualTo(county.id());
        assertThatThrownBy(() -> funds.passDown(county.id(), organization.unitByCode("410108").orElseThrow().id(),
                money("1.00"), user("finance_zhongyuan"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> funds.passDown(county.id(), organization.unitByCode("410102002").orElseThrow().id(),
                money("7500.01"), user("finance_zhongyuan"))).isInstanceOf(ConflictException.class);
        assertThat(funds.reconcile(user("finance_zhongyuan"))).isEmpty();
    }

    @Test
    void onlyFinanceAllocatesAndADonationNeedsItsPurpose() {
        assertThatThrownBy(() -> funds.allocate(FundSource.UNION_OWN, 2091, money("1.00"), null, null, user("cw_canyin")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> funds.allocate(FundSource.DONATION, 2091, money("1.001"), null, " ",
                user("finance_zhongyuan"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(err -> err.field()).containsExactlyInAnyOrder("amount",
                        "donorAidType"));
    }

    @Test
    void reservationsReleasesAndPaymentsMoveTheBalanceAndAreAllInTheLedger() {
        FundAllocation a = funds.allocate(FundSource.LOCAL_GOVERNMENT, 2091, money("1000.00"), null, null,
                user("finance_zhongyuan"));
        funds.reserve(a.id(), money("600.00"), 1L, "aid-1", "approver_zhongyuan");
        funds.release(a.id(), money("100.00"), 1L, "aid-1", "system");
        funds.spend(a.id(), money("500.00"), 1L, "aid-1", "system");
        FundAllocation after = funds.allocation(a.id());
        assertThat(after.reserved()).isEqualByComparingTo("0.00");
        assertThat(after.spent()).isEqualByComparingTo("500.00");
        assertThat(after.available()).isEqualByComparingTo("500.00");
        assertThatThrownBy(() -> funds.spend(a.id(), money("0.01"), 1L, "aid-1", "system"))
                .isInstanceOf(ConflictException.class);
        assertThat(funds.ledger(a.id())).extracting(LedgerEntry::type).containsExactly(LedgerEntryType.ALLOCATION,
                LedgerEntryType.RESERVATION, LedgerEntryType.RELEASE, LedgerEntryType.PAYMENT);
        assertThat(funds.reconcile(user("auditor_zhengzhou"))).isEmpty();
    }

    @Test
    void manyApprovalsRacingForTheLastYuanNeverTakeMoreThanIsThere() throws Exception {
        FundAllocation a = funds.allocate(FundSource.UNION_ALLOCATION, 2091, money("1000.00"), null, null,
                user("finance_zhongyuan"));
        int racers = 40;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            long caseId = i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    funds.reserve(a.id(), money("30.00"), caseId, "race-" + caseId, "approver_zhongyuan");
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
        FundAllocation after = funds.allocation(a.id());
        assertThat(granted).isEqualTo(33);
        assertThat(after.reserved()).isEqualByComparingTo("990.00");
        assertThat(after.available()).isEqualByComparingTo("10.00");
        assertThat(funds.ledger(a.id())).filteredOn(e -> e.type() == LedgerEntryType.RESERVATION).hasSize(33);
        assertThat(funds.reconcile(user("finance_zhongyuan"))).isEmpty();
    }
}
