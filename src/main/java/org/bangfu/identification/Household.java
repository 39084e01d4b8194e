package org.bangfu.identification;

import java.util.List;

/** The file's household: the official fields and the members besides the main applicant. */
public record Household(HouseholdProfile profile, List<HouseholdMember> members) {
}
