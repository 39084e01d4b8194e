package org.bangfu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.dashboard.DashboardService.FileRow;
import org.bangfu.dashboard.DashboardService.GradeStatusCount;
import org.bangfu.dashboard.DashboardService.MonthlyPaid;
import org.bangfu.dashboard.DashboardService.UnitCoverage;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's numbers on a hand-checked fixture (see {@link DashboardFixture}) on real PostgreSQL. */
class DashboardServiceTest extends PrivateSubtreeTest {

    @Autowired DashboardService dashboard;

    @Test
    void filesAreCountedByGradeAndStatusInTheUsersSubtreeOnly() {
        assertThat(dashboard.casesByGrade(user(fx.rootUser)))
                .extracting(GradeStatusCount::grade, GradeStatusCount::status, GradeStatusCount::count)
                .containsExactlyInAnyOrder(tuple("DEEP", "OPEN", 2L), tuple("DEEP", "RELIEVED", 1L),
                        tuple("DEEP", "EXITED", 1L), tuple("RELATIVE", "OPEN", 1L), tuple(null, "APPLIED", 1L));
        assertThat(dashboard.casesByGrade(user(fx.u2User)))
                .extracting(GradeStatusCount::grade, GradeStatusCount::status, GradeStatusCount::count)
                .containsExactlyInAnyOrder(tuple("DEEP", "OPEN", 1L), tuple("RELATIVE", "OPEN", 1L));
    }

    @Test
    void moneyPaidIsSummedBySourceAndChinaMonthOfTheChosenYear() {
        assertThat(dashboard.moneyBySource(2097, user(fx.rootUser)))
                .extracting(MonthlyPaid::source, MonthlyPaid::month, m -> m.amount().setScale(2))
                .containsExactly(tuple("CENTRAL_SPECIAL", 1, new BigDecimal("99.99")),
                        tuple("CENTRAL_SPECIAL", 5, new BigDecimal("250.50")),
                        tuple("UNION_OWN", 3, new BigDecimal("1000.00")));
        assertThat(dashboard.moneyBySource(2098, user(fx.rootUser)))
                .extracting(MonthlyPaid::source, MonthlyPaid::month, m -> m.amount().setScale(2))
                .containsExactly(tuple("CENTRAL_SPECIAL", 2, new BigDecimal("77.00")));
        assertThat(dashboard.moneyBySource(2097, user(fx.u1User)))
                .extracting(MonthlyPaid::source, MonthlyPaid::month, m -> m.amount().setScale(2))
                .containsExactly(tuple("UNION_OWN", 3, new BigDecimal("1000.00")));
        // another subtree sees none of the fixture's money (other tests may pay in 2097 there)
        assertThat(dashboard.moneyBySource(2097, user("cw_zhongyuan")))
                .extracting(MonthlyPaid::source, MonthlyPaid::month, m -> m.amount().setScale(2))
                .doesNotContain(tuple("CENTRAL_SPECIAL", 1, new BigDecimal("99.99")),
                        tuple("CENTRAL_SPECIAL", 5, new BigDecimal("250.50")),
                        tuple("UNION_OWN", 3, new BigDecimal("1000.00")));
        assertThatThrownBy(() -> dashboard.moneyBySource(1999, user(fx.rootUser)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void campaignCoverageCountsRecipientsExemptionsAndMissingDeepFilesPerUnit() {
        assertThat(dashboard.campaigns(user(fx.rootUser))).extracting(DashboardService.CampaignChoice::name)
                .containsExactly("Other " + fx.campaignName.substring(7), fx.campaignName);
        assertThat(dashboard.campaignCoverage(fx.campaign, user(fx.rootUser)))
                .extracting(UnitCoverage::unitId, UnitCoverage::openDeepFiles, UnitCoverage::recipients,
                        UnitCoverage::exempted, UnitCoverage::missing)
                .containsExactly(tuple(fx.u1, 2L, 1L, 1L, 0L), tuple(fx.u2, 1L, 0L, 0L, 1L));
        // A participating unit's own user sees its row only; a unit outside sees neither the campaign nor its rows.
        assertThat(dashboard.campaignCoverage(fx.campaign, user(fx.u2User)))
                .extracting(UnitCoverage::unitId, UnitCoverage::openDeepFiles, UnitCoverage::missing)
                .containsExactly(tuple(fx.u2, 1L, 1L));
        assertThat(dashboard.campaigns(user("cw_zhongyuan"))).extracting(DashboardService.CampaignChoice::id)
                .doesNotContain(fx.campaign);
        assertThatThrownBy(() -> dashboard.campaignCoverage(fx.campaign, user("cw_zhongyuan")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void staleFilesAreOpenFilesWithoutAChangeForMoreThan365Days() {
        assertThat(dashboard.staleFiles(user(fx.rootUser))).extracting(FileRow::caseId).containsExactly(fx.d, fx.a);
        FileRow d = dashboard.staleFiles(user(fx.rootUser)).get(0);
        assertThat(d.lastChange().toInstant()).isEqualTo(DashboardFixture.at(2096, 1, 1, 9).toInstant());
        assertThat(d.unitName()).isEqualTo("DashU2-" + fx.caseNo(fx.d).split("-")[1]);
        assertThat(dashboard.staleFiles(user(fx.u1User))).extracting(FileRow::caseId).containsExactly(fx.a);
        assertThat(dashboard.staleFiles(user("cw_zhongyuan"))).extracting(FileRow::caseId)
                .doesNotContain(fx.a, fx.b, fx.c, fx.d, fx.e, fx.f);
    }

    @Test
    void neverAssistedFilesAreOpenFilesWithoutAnyPaidPayment() {
        assertThat(dashboard.neverAssisted(user(fx.rootUser))).extracting(FileRow::caseId)
                .containsExactly(fx.c, fx.a);
        assertThat(dashboard.neverAssisted(user(fx.u2User))).extracting(FileRow::caseId).containsExactly(fx.c);
        assertThat(dashboard.neverAssisted(user(fx.u1User))).extracting(FileRow::caseNo)
                .containsExactly(fx.caseNo(fx.a));
        assertThat(dashboard.neverAssisted(user("cw_zhongyuan"))).extracting(FileRow::caseId)
                .doesNotContain(fx.a, fx.b, fx.c, fx.d, fx.e, fx.f);
    }

    @Test
    void theWorkListsArePagedAndCountedInTheDatabaseWithinTheSubtree() {
        var root = user(fx.rootUser);
        assertThat(dashboard.staleFileCount(root)).isEqualTo(2);
        assertThat(dashboard.staleFiles(root, 0, 1)).extracting(FileRow::caseId).containsExactly(fx.d);
        assertThat(dashboard.staleFiles(root, 1, 1)).extracting(FileRow::caseId).containsExactly(fx.a);
        assertThat(dashboard.staleFiles(root, 2, 1)).isEmpty();
        assertThat(dashboard.neverAssistedCount(root)).isEqualTo(2);
        assertThat(dashboard.neverAssisted(root, 0, 1)).extracting(FileRow::caseId).containsExactly(fx.c);
        assertThat(dashboard.neverAssisted(root, 1, 5)).extracting(FileRow::caseId).containsExactly(fx.a);
        // a unit without files counts none; another county sees none of these
        assertThat(dashboard.staleFileCount(user(fx.u3User))).isZero();
        assertThat(dashboard.neverAssisted(user(fx.u3User), 0, 50)).isEmpty();
        assertThat(dashboard.neverAssisted(user("cw_zhongyuan"), 0, 10_000)).extracting(FileRow::caseId)
                .doesNotContain(fx.a, fx.b, fx.c, fx.d, fx.e, fx.f);
        assertThatThrownBy(() -> dashboard.staleFileCount(user(fx.analyst))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyRolesThatWorkCasesMayAsk() {
        assertThatThrownBy(() -> dashboard.casesByGrade(user(fx.analyst))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> dashboard.staleFiles(user(fx.analyst))).isInstanceOf(ForbiddenException.class);
        assertThat(List.of(fx.rootUser, fx.u1User, fx.u2User)).allSatisfy(u ->
                assertThat(dashboard.neverAssisted(user(u))).isNotEmpty());
    }
}
