package org.bangfu.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.IntegrationTest;
import org.bangfu.organization.OrgUnit;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The model-worker list and visiting delegations on real PostgreSQL. Campaigns are written by SQL: the campaign
 * service belongs to another change. Zhengzhou (410100) organises; Zhongyuan (410102) and Huiji (410108) take part.
 */
class DelegationServiceTest extends IntegrationTest {

    @Autowired ModelWorkerService modelWorkers;
    @Autowired DelegationService delegations;
    @Autowired DelegationPlanning planning;
    @Autowired JdbcClient jdbc;

    private long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    private static ModelWorkerCommand worker(long unitId, String residentId, String holder) {
        return new ModelWorkerCommand(unitId, "Test Worker", residentId, ModelWorkerHonour.NATIONAL, 2005,
                "13800138000", holder, Fixtures.bankCard("622202020011225"), false);
    }

    private static void refusedOn(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, key)));
    }

    @Test
    void aModelWorkerIsListedOnceWithBirthDateFromTheIdAndDecryptedOnlyForThePayee() {
        var caseWorker = user("cw_zhongyuan");
        String id = Fixtures.residentId();
        ModelWorker added = modelWorkers.add(worker(unit("410102001"), id, "Test Worker"), caseWorker);
        assertThat(added.birthDate()).isEqualTo(new org.bangfu.shared.ResidentId(id).birthDate());
        assertThat(added.residentIdMasked()).doesNotContain(id.substring(6, 14));
        assertThat(modelWorkers.list(unit("410102"), caseWorker)).extracting(ModelWorker::id).contains(added.id());
        assertThat(modelWorkers.list(unit("410102002"), caseWorker)).extracting(ModelWorker::id)
                .doesNotContain(added.id());
        assertThat(modelWorkers.payee(added.id()).residentId()).isEqualTo(id);
        java.time.LocalDate seventieth = added.birthDate().plusYears(ModelWorkerService.SENIOR_AGE);
        assertThat(modelWorkers.seniors(unit("410102"), seventieth, caseWorker)).extracting(ModelWorker::id)
                .contains(added.id());
        assertThat(modelWorkers.seniors(unit("410102"), seventieth.minusDays(1), caseWorker))
                .extracting(ModelWorker::id).doesNotContain(added.id());
        assertThat(jdbc.sql("SELECT resident_id_enc FROM model_worker WHERE id = ?").param(added.id())
                .query(String.class).single()).doesNotContain(id);

        refusedOn(() -> modelWorkers.add(worker(unit("410102"), id, "Test Worker"), caseWorker),
                "residentId", "validation.modelWorker.listedTwice");
        String badCheckDigit = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        refusedOn(() -> modelWorkers.add(worker(unit("410102"), badCheckDigit, "Test Worker"), caseWorker),
                "residentId", "validation.residentId.checkDigit");
        refusedOn(() -> modelWorkers.add(worker(unit("410102"), Fixtures.residentId(), "Someone Else"), caseWorker),
                "cardHolderName", "validation.cardHolder.realName");
        refusedOn(() -> modelWorkers.add(worker(unit("410108"), Fixtures.residentId(), "Test Worker"), caseWorker),
                "unitId", "validation.modelWorker.unitOutside");
        assertThatThrownBy(() -> modelWorkers.add(worker(unit("410102"), Fixtures.residentId(), "Test Worker"),
                user("finance_zhongyuan"))).isInstanceOf(ForbiddenException.class);
        assertThat(modelWorkers.list(unit("410102"), caseWorker)).hasSize(
                jdbc.sql("SELECT COUNT(*) FROM model_worker m JOIN org_unit u ON u.id = m.unit_id "
                        + "WHERE u.path LIKE '%/410102/%'").query(Integer.class).single());
    }

    @Test
    void onlyTheOrganisingUnitCreatesDelegationsToItsCampaignUnitsWithinTheStandards() {
        long campaign = campaign("RUNNING");
        var organiser = user("approver_zhengzhou");
        Delegation created = delegations.create(campaign, command("Group 1", List.of(unit("410102"),
                unit("410102001")), new BigDecimal("50000")), organiser);
        assertThat(created.placeUnitIds()).containsExactly(unit("410102"), unit("410102001"));
        assertThat(created.items()).hasSize(2);
        assertThat(delegations.delegations(campaign, organiser)).extracting(Delegation::name).containsExactly("Group 1");
        assertThat(delegations.delegations(campaign, user("cw_huiji"))).isEmpty();
        assertThat(delegations.delegations(campaign, user("cw_canyin"))).hasSize(1);
        assertThat(delegations.delegations(campaign, user("cw_zhongyuan"))).hasSize(1);

        refusedOn(() -> delegations.create(campaign, command("Group 2", List.of(unit("410300")),
                new BigDecimal("40000")), organiser), "placeUnitIds", "validation.delegation.placeOutside");
        refusedOn(() -> delegations.create(campaign, command("Group 2", List.of(unit("410108")),
                new BigDecimal("60000")), organiser), "items[0].amountPerItem",
                "validation.delegation.item.outsideStandard");
        refusedOn(() -> delegations.create(campaign, command("Group 1", List.of(unit("410108")),
                new BigDecimal("40000")), organiser), "name", "validation.delegation.nameTaken");
        assertThatThrownBy(() -> delegations.create(campaign, command("Group 3", List.of(unit("410108")),
                new BigDecimal("40000")), user("cw_zhongyuan"))).isInstanceOf(ForbiddenException.class);
        assertThat(delegations.delegations(campaign, organiser)).hasSize(1);
        long closed = campaign("CLOSED");
        assertThatThrownBy(() -> delegations.create(closed, command("Group 1", List.of(unit("410108")),
                new BigDecimal("40000")), organiser)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theUnitsADelegationMayVisitArePagedAndFilteredInTheDatabase() {
        long campaign = campaign("RUNNING");
        var organiser = user("approver_zhengzhou");
        int all = planning.placeCount(campaign, null, organiser);
        List<OrgUnit> places = new java.util.ArrayList<>(planning.places(campaign, null, 0, 2, organiser));
        assertThat(places).hasSize(2);
        places.addAll(planning.places(campaign, " ", 2, all, organiser));
        assertThat(places).hasSize(all).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.comparing(OrgUnit::path))
                .extracting(OrgUnit::code).contains("410102", "410102001", "410108", "410108001")
                .doesNotContain("410100", "410300", "410000");
        assertThat(planning.places(campaign, null, all, 10, organiser)).isEmpty();
        assertThat(planning.places(campaign, "410108", 0, 10, organiser)).extracting(OrgUnit::code)
                .contains("410108", "410108001").allMatch(code -> code.contains("410108"));
        assertThat(planning.places(campaign, "\u73af\u5883\u536b\u751f", 0, 10, organiser)).extracting(OrgUnit::code)
                .containsExactly("410102002");
        assertThat(planning.placeCount(campaign, "\u90d1\u5dde", organiser)).as("Zhengzhou itself is no place")
                .isEqualTo(planning.places(campaign, "\u90d1\u5dde", 0, 100, organiser).size());
        assertThat(planning.places(campaign, "\u90d1\u5dde", 0, 100, organiser)).extracting(OrgUnit::code)
                .contains("410102", "410108").doesNotContain("410100");
        assertThat(planning.placeCount(campaign, "%", organiser)).isZero();
    }

    @Test
    void progressCountsVisitedRecipientsOfTheDelegationAtEachPlaceOnly() {
        long campaign = campaign("RUNNING");
        var organiser = user("approver_zhengzhou");
        Delegation d = delegations.create(campaign, command("Group P", List.of(unit("410102"), unit("410108")),
                new BigDecimal("30000")), organiser);
        recipient(campaign, unit("410102001"), "MODEL_WORKER", d.id(), "2000.00", LocalDate.of(2026, 1, 20));
        recipient(campaign, unit("410102"), "MODEL_WORKER", d.id(), "2000.00", null);
        recipient(campaign, unit("410108"), "ENTERPRISE", null, "30000.00", LocalDate.of(2026, 1, 21));

        List<DelegationProgress> rows = delegations.progress(d.id(), organiser);
        assertThat(rows).hasSize(4);
        DelegationProgress zhongyuanWorkers = row(rows, unit("410102"), CampaignTarget.MODEL_WORKER);
        assertThat(zhongyuanWorkers.planned()).isEqualTo(1);
        assertThat(zhongyuanWorkers.visited()).isEqualTo(1);
        assertThat(zhongyuanWorkers.plannedMoney()).isEqualByComparingTo("2000");
        assertThat(zhongyuanWorkers.givenMoney()).isEqualByComparingTo("2000");
        DelegationProgress huijiEnterprise = row(rows, unit("410108"), CampaignTarget.ENTERPRISE);
        assertThat(huijiEnterprise.visited()).isZero();
        assertThat(huijiEnterprise.plannedMoney()).isEqualByComparingTo("30000");
        assertThat(huijiEnterprise.givenMoney()).isEqualByComparingTo("0");
    }

    private static DelegationProgress row(List<DelegationProgress> rows, long place, CampaignTarget target) {
        return rows.stream().filter(r -> r.placeUnitId() == place && r.target() == target).findFirst().orElseThrow();
    }

    private static DelegationCommand command(String name, List<Long> places, BigDecimal enterpriseAmount) {
        return new DelegationCommand(name, "Song Xibin", "Wang, Li", "Office, Finance", "Wang Yuhui", places,
                List.of(new DelegationItem(CampaignTarget.ENTERPRISE, 1, enterpriseAmount),
                        new DelegationItem(CampaignTarget.MODEL_WORKER, 1, new BigDecimal("2000"))));
    }

    /** A campaign of Zhengzhou with Zhongyuan and Huiji taking part; enterprises 30,000-50,000, model workers 2,000. */
    private long campaign(String status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO campaign (name, kind, unit_id, fund_year, period_from, period_to, cutoff_date,
                  report_deadline, status, planned_by, planned_at)
                VALUES ('Spring visits', 'NEW_YEAR_SPRING', ?, 2026, DATE '2025-12-25', DATE '2026-02-11',
                  DATE '2025-12-31', DATE '2026-02-20', ?, 'test', ?)""")
                .params(unit("410100"), status, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String code : List.of("410102", "410108")) {
            jdbc.sql("INSERT INTO campaign_unit (campaign_id, unit_id, status) VALUES (?, ?, 'PLANNED')")
                    .params(id, unit(code)).update();
        }
        jdbc.sql("INSERT INTO campaign_group (campaign_id, target, standard_min, standard_max) "
                + "VALUES (?, 'ENTERPRISE', 30000, 50000)").param(id).update();
        jdbc.sql("INSERT INTO campaign_group (campaign_id, target, standard_min, standard_max, min_age) "
                + "VALUES (?, 'MODEL_WORKER', 2000, 2000, NULL)").param(id).update();
        return id;
    }

    private void recipient(long campaign, long unitId, String target, Long delegationId, String cash,
                           LocalDate visitedOn) {
        jdbc.sql("""
                INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, delegation_id, name, payee_key,
                  account_enc, cash, registered_by, registered_at, visited_on)
                VALUES (?, ?, ?, 'ENTERED', ?, 'Recipient', ?, 'sealed', ?, 'test', ?, ?)""")
                .params(campaign, unitId, target, delegationId, "key-" + System.nanoTime(), new BigDecimal(cash),
                        OffsetDateTime.now(), visitedOn).update();
    }
}
