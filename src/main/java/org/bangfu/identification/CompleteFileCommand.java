package org.bangfu.identification;

import java.math.BigDecimal;
import java.util.List;

/** What turns a temporary relief file into a full application, without re-entering the applicant. */
public record CompleteFileCommand(Integer householdSize, BigDecimal householdYearlyIncome, BigDecimal rigidExpenses,
                                  HouseholdProfile profile, List<MemberCommand> members) {
}
