package org.bangfu.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign plan as typed by the organising unit: name, kind, fund year, period, the cut-off date for ages, the
 * report deadline, the participating child units, the target groups with standards and the budget per unit and
 * source.
 */
public record CampaignCommand(String name, CampaignKind kind, Integer fundYear, LocalDate periodFrom,
                              LocalDate periodTo, LocalDate cutoffDate, LocalDate reportDeadline, List<Long> unitIds,
                              List<CampaignGroupPlan> groups, List<BudgetLine> budget) {
}
