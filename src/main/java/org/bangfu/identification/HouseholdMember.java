package org.bangfu.identification;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bangfu.shared.Sex;

/** A household member as shown: the resident ID only masked. */
public record HouseholdMember(long id, String name, Relation relation, Sex sex, LocalDate birthDate,
                              String residentIdMasked, Health health, BigDecimal monthlyIncome, MemberStatus status,
                              String employerOrSchool) {
}
