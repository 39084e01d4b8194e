package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.bangfu.shared.NodeLocks;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo money for this fund year and the next, booked through the ledger like real money: the province receives
 * central special funds, provincial government funds (both only for national-level files) and the union's
 * allocation, and passes part of them down to Zhengzhou, its Zhongyuan and Huiji districts; Zhongyuan also holds a
 * donation for school aid. Years that already have demo money are left alone. Off with {@code bangfu.demo-data=false}.
 */
@Component
@ConditionalOnProperty(name = "bangfu.demo-data", havingValue = "true", matchIfMissing = true)
class DemoFunds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFunds.class);

    static final String COUNT_DEMO_ALLOCATIONS = """
            SELECT COUNT(*) FROM fund_allocation WHERE created_by = :actor AND fund_year = :fundYear""";
    static final String ACTOR = "demo-data";

    private final FundService funds;
    private final OrganizationService organization;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final NodeLocks locks;

    DemoFunds(FundService funds, OrganizationService organization, JdbcClient jdbc, Clock clock, NodeLocks locks) {
        this.locks = locks;
        this.funds = funds;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        locks.awaitInTransaction(NodeLocks.START_UP);
        int year = LocalDate.now(clock).getYear();
        ensureYear(year);
        ensureYear(year + 1);
    }

    /** Books the demo money of one fund year unless it is there already. */
    private void ensureYear(int year) {
        boolean present = jdbc.sql(COUNT_DEMO_ALLOCATIONS)
                .param("actor", ACTOR).param("fundYear", year).query(Integer.class).single() > 0;
        if (present) {
            return;
        }
        CurrentUser province = system("410000");
        FundAllocation central = funds.allocate(FundSource.CENTRAL_SPECIAL, year, yuan(5_000_000), null, null,
                province);
        funds.allocate(FundSource.LOCAL_GOVERNMENT, year, yuan(3_000_000), null, null, province);
        FundAllocation union = funds.allocate(FundSource.UNION_ALLOCATION, year, yuan(2_000_000), null, null,
                province);
        CurrentUser city = system("410100");
        FundAllocation cityUnion = funds.passDown(union.id(), unit("410100").id(), yuan(800_000), province);
        FundAllocation cityCentral = funds.passDown(central.id(), unit("410100").id(), yuan(1_000_000), province);
        funds.passDown(cityUnion.id(), unit("410102").id(), yuan(400_000), city);
        funds.passDown(cityCentral.id(), unit("410102").id(), yuan(500_000), city);
        funds.passDown(cityUnion.id(), unit("410108").id(), yuan(300_000), city);
        funds.allocate(FundSource.DONATION, year, yuan(200_000), AidType.EDUCATION, "donation for school aid",
                system("410102"));
        log.info("Demo funds booked for fund year {}", year);
    }

    private CurrentUser system(String unitCode) {
        return new CurrentUser(ACTOR, ACTOR, unit(unitCode), Set.of(Role.FINANCE));
    }

    private OrgUnit unit(String code) {
        return organization.unitByCode(code).orElseThrow();
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
