package org.bangfu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.bangfu.ModuleSliceTest;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The union tree, its users and jurisdiction, on the seeded tree of the migrations and the demo users. */
@ModuleSliceTest(extraIncludes = "shared")
class OrganizationSliceTest {

    @Autowired OrganizationService organization;
    @Autowired Jurisdiction jurisdiction;

    private OrgUnit unit(String code) {
        return organization.unitByCode(code).orElseThrow();
    }

    private CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    @Test
    void theTreeRunsFromTheNationalFederationDownToTheGrassRootsUnits() {
        assertThat(unit("410102001").path()).isEqualTo("/100000/410000/410100/410102/410102001/");
        assertThat(organization.units(unit("100000"), null, 0, 13)).extracting(OrgUnit::code)
                .startsWith("100000", "410000").contains("410000901", "410108001").hasSize(13);
        assertThat(organization.root()).isEqualTo(unit("100000"));
        assertThat(organization.supervisingUnit(unit("410102001").id())).isEqualTo(unit("410102"));
        assertThat(organization.supervisingUnit(unit("100000").id())).as("the root supervises itself")
                .isEqualTo(unit("100000"));
        assertThat(unit("410100").contains(unit("410102001"))).isTrue();
        assertThat(unit("410102").contains(unit("410108001"))).isFalse();
        assertThatThrownBy(() -> organization.unit(99_999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aidFiledAtAGrassRootsUnitIsApprovedByTheNearestApprovingUnitAbove() {
        assertThat(organization.approvingUnitFor(unit("410102001").id())).isEqualTo(unit("410102"));
        assertThat(organization.approvingUnitFor(unit("410102").id())).isEqualTo(unit("410102"));
        assertThat(organization.approvingUnitFor(unit("410000902").id())).as("under an industry union")
                .isEqualTo(unit("410000901"));
        assertThat(organization.ancestorAt(unit("410102001").id(), UnitLevel.CITY)).isEqualTo(unit("410100"));
        assertThat(organization.ancestorAt(unit("410000902").id(), UnitLevel.PROVINCE)).isEqualTo(unit("410000"));
        assertThatThrownBy(() -> organization.ancestorAt(unit("410000902").id(), UnitLevel.COUNTY))
                .as("no county union above an industry union").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUserActsForTheirUnitAndEverythingBelowIt() {
        CurrentUser zhongyuan = user("approver_zhongyuan");
        assertThat(jurisdiction.covers(zhongyuan, unit("410102").id())).isTrue();
        assertThat(jurisdiction.covers(zhongyuan, unit("410102002").id())).isTrue();
        assertThat(jurisdiction.covers(zhongyuan, unit("410108001").id())).as("a sister county's unit").isFalse();
        assertThat(jurisdiction.covers(zhongyuan, unit("410100").id())).as("the unit above").isFalse();
        assertThatThrownBy(() -> jurisdiction.requireCovers(zhongyuan, unit("410108").id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(jurisdiction.subtreePrefix(zhongyuan)).isEqualTo("/100000/410000/410100/410102/");
        assertThat(organization.users(zhongyuan, 0, organization.userCount(zhongyuan))).extracting(OrganizationService.UserSummary::username)
                .contains("cw_canyin", "cw_zhongyuan", "finance2_zhongyuan")
                .doesNotContain("cw_huiji", "cw_zhengzhou", "admin");
    }

    @Test
    void rolesDecideWhatAUserMayDoAndWhichTaskGroupsTheyWorkIn() {
        CurrentUser lead = user("lead_huiji");
        assertThat(lead.roles()).containsExactlyInAnyOrder(Role.CASE_WORKER, Role.APPROVER);
        assertThat(jurisdiction.candidateGroups(lead)).containsExactly("approver@410108", "caseworker@410108");
        jurisdiction.requireAnyRole(lead, Role.FINANCE, Role.APPROVER);
        assertThatThrownBy(() -> jurisdiction.requireAnyRole(lead, Role.FINANCE, Role.ADMIN))
                .isInstanceOf(ForbiddenException.class);

        CurrentUser grassRoots = new CurrentUser("x", "x", unit("410102001"), Set.of(Role.APPROVER, Role.CASE_WORKER));
        assertThat(jurisdiction.candidateGroups(grassRoots)).as("no approving below the county level")
                .containsExactly("caseworker@410102001");
        assertThat(organization.user("nobody")).isEmpty();
    }
}
