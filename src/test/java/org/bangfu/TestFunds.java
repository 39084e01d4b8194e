package org.bangfu;

import java.math.BigDecimal;
import java.util.Set;

import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Money at the province for any fund year a test runs in, booked through the ledger like real money, so tests do
 * not depend on the demo money of the current year (and keep working across year ends).
 */
public final class TestFunds {

    public static final String ACTOR = "test-fixture";

    private TestFunds() {
    }

    public static synchronized void ensure(FundService funds, OrganizationService organization, JdbcClient jdbc,
                                           int year) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM fund_allocation WHERE created_by = ? AND fund_year = ?")
                .params(ACTOR, year).query(Integer.class).single() > 0;
        if (present) {
            return;
        }
        CurrentUser province = new CurrentUser(ACTOR, ACTOR, organization.unitByCode("410000").orElseThrow(),
                Set.of(Role.FINANCE));
        funds.allocate(FundSource.CENTRAL_SPECIAL, year, new BigDecimal("10000000.00"), null, null, province);
        funds.allocate(FundSource.UNION_ALLOCATION, year, new BigDecimal("10000000.00"), null, null, province);
    }
}
