package org.bangfu.identification;

import java.math.BigDecimal;

/** A household member as entered: sex and birth date come from the resident ID. */
public record MemberCommand(String name, Relation relation, String residentId, Health health,
                            BigDecimal monthlyIncome, MemberStatus status, String employerOrSchool) {
}
