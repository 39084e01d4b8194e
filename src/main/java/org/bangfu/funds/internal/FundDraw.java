package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundsRules;
import org.bangfu.identification.AidType;
import org.bangfu.identification.FileLevel;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a payment line's money comes from: the first allocation that fits, walking from the file's unit up the tree
 * while the rule {@code grant.drawFromAncestor} allows, earmarked sources first. No transaction of its own: the
 * payment service's.
 */
@Component
class FundDraw {

    static final String LIST_FITTING_ALLOCATIONS = """
            SELECT * FROM fund_allocation WHERE unit_id = :unitId
            AND fund_year = :fundYear AND (NOT national_files_only OR :nationalFile)
            AND (source <> 'DONATION' OR donor_aid_type = :aidType)
            AND allocated - passed_down - returned - reserved - spent >= :amount ORDER BY id""";

    private final JdbcClient jdbc;
    private final FundService funds;
    private final OrganizationService organization;
    private final RuleSettings settings;
    private final Clock clock;

    FundDraw(JdbcClient jdbc, FundService funds, OrganizationService organization, RuleSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.organization = organization;
        this.settings = settings;
        this.clock = clock;
    }

    /** The first allocation that fits, from the file's unit up; refused with the amount when none has enough. */
    FundAllocation reserveFor(long unitId, FileLevel level, Long caseId, AidType type, BigDecimal amount,
                                      String key, String actor, int year) {
        OrgUnit unit = organization.unit(unitId);
        boolean upwards = settings.find(SettingKeys.GRANT_DRAW_FROM_ANCESTOR, unit.divisionCode(),
                LocalDate.now(clock)).map(v -> v.signum() > 0).orElse(false);
        OrgUnit current = unit;
        while (current != null) {
            for (FundAllocation candidate : candidates(current.id(), year, level, type, amount)) {
                if (funds.tryReserve(candidate.id(), amount, caseId, key, actor)) {
                    return funds.allocation(candidate.id());
                }
            }
            if (!upwards || current.parentId() == null) {
                break;
            }
            current = organization.unit(current.parentId());
        }
        throw new ConflictException("error.funds.noneAvailable", amount.toPlainString(), String.valueOf(year),
                unit.name());
    }

    private List<FundAllocation> candidates(long unitId, int year, FileLevel level, AidType type, BigDecimal amount) {
        List<FundAllocation> fitting = new ArrayList<>(jdbc.sql(LIST_FITTING_ALLOCATIONS)
                .param("unitId", unitId).param("fundYear", year).param("nationalFile", level == FileLevel.NATIONAL)
                .param("aidType", type.name()).param("amount", amount)
                .query(JdbcFundService::row).list());
        // stable sort: earmarked sources first, the oldest allocation first within a source
        fitting.sort(java.util.Comparator.comparingInt(a -> FundsRules.DRAW_ORDER.indexOf(a.source())));
        return fitting;
    }
}
