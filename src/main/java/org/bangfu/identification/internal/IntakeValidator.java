package org.bangfu.identification.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.HouseholdProfile;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.MemberCommand;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.TextInput;

/**
 * Every intake rule, field by field, so that a form and the REST API report all problems at once. Fields of the
 * household profile are reported as {@code profile.<field>}, members as {@code members[i].<field>}.
 */
final class IntakeValidator {

    static final int MAX_HOUSEHOLD = 20;

    private IntakeValidator() {
    }

    static List<FieldError> problems(IntakeCommand c) {
        List<FieldError> errors = new ArrayList<>();
        applicant(errors, c.workerName(), c.residentId(), c.phone(), c.employer(), c.bankCard(), c.cardHolderName(),
                Boolean.TRUE.equals(c.confirmNonCardAccount()));
        if (errors.stream().noneMatch(e -> e.field().equals("residentId"))) {
            ResidentId id = new ResidentId(c.residentId().trim());
            if (c.sex() != null && c.sex() != id.sex()) {
                errors.add(FieldError.of("sex", "validation.sex.mismatch"));
            }
            if (c.birthDate() != null && !c.birthDate().equals(id.birthDate())) {
                errors.add(FieldError.of("birthDate", "validation.birthDate.mismatch", id.birthDate()));
            }
        }
        if (c.hardshipCause() == null) {
            errors.add(FieldError.of("hardshipCause", "validation.required"));
        }
        household(errors, c.householdSize(), c.householdYearlyIncome(), c.rigidExpenses(), c.profile(), c.members(),
                c.residentId());
        return errors;
    }

    static List<FieldError> problems(EmergencyCommand c) {
        List<FieldError> errors = new ArrayList<>();
        applicant(errors, c.workerName(), c.residentId(), c.phone(), c.employer(), c.bankCard(), c.cardHolderName(),
                Boolean.TRUE.equals(c.confirmNonCardAccount()));
        if (c.hardshipCause() == null) {
            errors.add(FieldError.of("hardshipCause", "validation.required"));
        }
        text(errors, "situation", c.situation(), 1000);
        return errors;
    }

    static List<FieldError> problems(CompleteFileCommand c, String applicantResidentId) {
        List<FieldError> errors = new ArrayList<>();
        household(errors, c.householdSize(), c.householdYearlyIncome(), c.rigidExpenses(), c.profile(), c.members(),
                applicantResidentId);
        return errors;
    }

    private static void applicant(List<FieldError> errors, String name, String residentId, String phone,
                                  String employer, String bankCard, String holder, boolean confirmedNonCard) {
        text(errors, "workerName", name, 50);
        ResidentId.problemWith(residentId).ifPresent(key -> errors.add(FieldError.of("residentId", key)));
        if (phone == null || phone.isBlank()) {
            errors.add(FieldError.of("phone", "validation.required"));
        } else if (!phone.trim().matches("1\\d{10}")) {
            errors.add(FieldError.of("phone", "validation.phone.format"));
        }
        text(errors, "employer", employer, 100);
        errors.addAll(BankAccount.problems(bankCard, holder, name, confirmedNonCard));
    }

    private static void household(List<FieldError> errors, Integer size, BigDecimal income, BigDecimal rigid,
                                  HouseholdProfile p, List<MemberCommand> members, String applicantId) {
        List<MemberCommand> listed = members == null ? List.of() : members;
        if (size == null) {
            errors.add(FieldError.of("householdSize", "validation.required"));
        } else if (size < 1 || size > MAX_HOUSEHOLD) {
            errors.add(FieldError.of("householdSize", "validation.householdSize.range", 1, MAX_HOUSEHOLD));
        } else if (size != listed.size() + 1) {
            errors.add(FieldError.of("householdSize", "validation.householdSize.members", listed.size() + 1));
        }
        amount(errors, "householdYearlyIncome", Amounts.problemWithNonNegative(income));
        amount(errors, "rigidExpenses", Amounts.problemWithNonNegative(rigid));
        profile(errors, p);
        Set<String> ids = new HashSet<>();
        if (applicantId != null) {
            ids.add(applicantId.trim().toUpperCase());
        }
        for (int i = 0; i < listed.size(); i++) {
            member(errors, "members[" + i + "].", listed.get(i), ids);
        }
    }

    private static void profile(List<FieldError> errors, HouseholdProfile p) {
        if (p == null) {
            errors.add(FieldError.of("profile", "validation.required"));
            return;
        }
        String f = "profile.";
        text(errors, f + "ethnicity", p.ethnicity(), 20);
        required(errors, f + "politicalStatus", p.politicalStatus());
        required(errors, f + "health", p.health());
        optionalText(errors, f + "disabilityCategory", p.disabilityCategory(), 40);
        required(errors, f + "employmentStatus", p.employmentStatus());
        required(errors, f + "modelWorkerType", p.modelWorkerType());
        required(errors, f + "housingType", p.housingType());
        if (p.housingArea() != null) {
            amount(errors, f + "housingArea", Amounts.problemWithNonNegative(p.housingArea()));
            if (p.housingArea().compareTo(new BigDecimal("100000")) >= 0) {
                errors.add(FieldError.of(f + "housingArea", "validation.amount.tooLarge"));
            }
        }
        required(errors, f + "maritalStatus", p.maritalStatus());
        required(errors, f + "singleParent", p.singleParent());
        required(errors, f + "hukouType", p.hukouType());
        if (p.hukouDivision() == null || !p.hukouDivision().trim().matches("\\d{6}")) {
            errors.add(FieldError.of(f + "hukouDivision", "validation.division.format"));
        }
        text(errors, f + "address", p.address(), 200);
        amount(errors, f + "ownMonthlyIncome", Amounts.problemWithNonNegative(p.ownMonthlyIncome()));
        required(errors, f + "medicalInsurance", p.medicalInsurance());
        required(errors, f + "zeroEmployment", p.zeroEmployment());
        required(errors, f + "selfReliant", p.selfReliant());
        required(errors, f + "migrantWorker", p.migrantWorker());
        required(errors, f + "livesInCity", p.livesInCity());
        if (p.employmentMonths() == null) {
            errors.add(FieldError.of(f + "employmentMonths", "validation.required"));
        } else if (p.employmentMonths() < 0 || p.employmentMonths() > 600) {
            errors.add(FieldError.of(f + "employmentMonths", "validation.range", 0, 600));
        }
        amount(errors, f + "jobCosts", Amounts.problemWithNonNegative(p.jobCosts()));
        amount(errors, f + "hardshipCosts", Amounts.problemWithNonNegative(p.hardshipCosts()));
        required(errors, f + "accidentEvent", p.accidentEvent());
        required(errors, f + "stillInDifficulty", p.stillInDifficulty());
        required(errors, f + "employerOwnership", p.employerOwnership());
        text(errors, f + "industry", p.industry(), 50);
        text(errors, f + "situation", p.situation(), 1000);
    }

    private static void member(List<FieldError> errors, String f, MemberCommand m, Set<String> ids) {
        if (m == null) {
            errors.add(FieldError.of(f + "name", "validation.required"));
            return;
        }
        text(errors, f + "name", m.name(), 50);
        required(errors, f + "relation", m.relation());
        Optional<String> idProblem = ResidentId.problemWith(m.residentId());
        if (idProblem.isPresent()) {
            errors.add(FieldError.of(f + "residentId", idProblem.get()));
        } else if (!ids.add(m.residentId().trim().toUpperCase())) {
            errors.add(FieldError.of(f + "residentId", "validation.residentId.repeated"));
        }
        required(errors, f + "health", m.health());
        amount(errors, f + "monthlyIncome", Amounts.problemWithNonNegative(m.monthlyIncome()));
        required(errors, f + "status", m.status());
        optionalText(errors, f + "employerOrSchool", m.employerOrSchool(), 100);
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.required"));
        }
    }

    static void text(List<FieldError> errors, String field, String value, int max) {
        TextInput.required(errors, field, value, max);
    }

    private static void optionalText(List<FieldError> errors, String field, String value, int max) {
        TextInput.optional(errors, field, value, max);
    }

    private static void amount(List<FieldError> errors, String field, Optional<String> problem) {
        problem.ifPresent(key -> errors.add(FieldError.of(field, key)));
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }
}
