package org.bangfu.identification.internal;

import org.bangfu.shared.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.identification.EmployerOwnership;
import org.bangfu.identification.EmploymentStatus;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.Health;
import org.bangfu.identification.Household;
import org.bangfu.identification.HouseholdMember;
import org.bangfu.identification.HouseholdProfile;
import org.bangfu.identification.HousingType;
import org.bangfu.identification.HukouType;
import org.bangfu.identification.MaritalStatus;
import org.bangfu.identification.MemberCommand;
import org.bangfu.identification.MemberStatus;
import org.bangfu.identification.ModelWorkerType;
import org.bangfu.identification.PoliticalStatus;
import org.bangfu.identification.Relation;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The household profile and members of a file; member resident IDs encrypted like the applicant's. */
@Component
class HouseholdStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    /** The profile columns after {@code case_id}, in the order of {@link HouseholdProfile}. */
    private static final String PROFILE_COLUMNS = "ethnicity, political_status, health, disability_category, "
            + "employment_status, model_worker_type, housing_type, housing_area, marital_status, single_parent, "
            + "hukou_type, hukou_division, address, own_monthly_income, medical_insurance, zero_employment, "
            + "self_reliant, secondary_cause, migrant_worker, lives_in_city, employment_months, job_costs, "
            + "hardship_costs, accident_event, still_in_difficulty, employer_ownership, industry, situation";

    HouseholdStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void saveProfile(long caseId, HouseholdProfile p) {
        jdbc.sql("DELETE FROM household_profile WHERE case_id = ?").param(caseId).update();
        jdbc.sql("INSERT INTO household_profile (case_id, " + PROFILE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, p.ethnicity().trim(), p.politicalStatus().name(), p.health().name(),
                        blankToNull(p.disabilityCategory()), p.employmentStatus().name(), p.modelWorkerType().name(),
                        p.housingType().name(), IntakeValidator.money(p.housingArea()), p.maritalStatus().name(),
                        p.singleParent(), p.hukouType().name(), p.hukouDivision().trim(), p.address().trim(),
                        IntakeValidator.money(p.ownMonthlyIncome()), p.medicalInsurance(), p.zeroEmployment(),
                        p.selfReliant(), p.secondaryCause() == null ? null : p.secondaryCause().name(),
                        p.migrantWorker(), p.livesInCity(), p.employmentMonths(), IntakeValidator.money(p.jobCosts()),
                        IntakeValidator.money(p.hardshipCosts()), p.accidentEvent(), p.stillInDifficulty(),
                        p.employerOwnership().name(), p.industry().trim(), p.situation().trim())
                .update();
    }

    void saveMembers(long caseId, List<MemberCommand> members) {
        for (MemberCommand m : members) {
            ResidentId id = new ResidentId(m.residentId().trim().toUpperCase());
            jdbc.sql("""
                    INSERT INTO household_member (case_id, name, relation, sex, birth_date, resident_id_enc,
                      resident_id_hash, resident_id_masked, health, monthly_income, status, employer_or_school)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, m.name().trim(), m.relation().name(), id.sex().name(), id.birthDate(),
                            cipher.encrypt(id.value()), cipher.searchHash(id.value()), id.masked(), m.health().name(),
                            IntakeValidator.money(m.monthlyIncome()), m.status().name(),
                            blankToNull(m.employerOrSchool()))
                    .update();
        }
    }

    List<String> memberHashes(long caseId) {
        return jdbc.sql("SELECT resident_id_hash FROM household_member WHERE case_id = ?").param(caseId)
                .query(String.class).list();
    }

    /** Copies profile, members, home visit and means check of an archived file onto its relapse file. */
    void copy(long fromCaseId, long toCaseId) {
        jdbc.sql("INSERT INTO household_profile (case_id, " + PROFILE_COLUMNS + ") SELECT ?, " + PROFILE_COLUMNS
                + " FROM household_profile WHERE case_id = ?").params(toCaseId, fromCaseId).update();
        jdbc.sql("""
                INSERT INTO household_member (case_id, name, relation, sex, birth_date, resident_id_enc,
                  resident_id_hash, resident_id_masked, health, monthly_income, status, employer_or_school)
                SELECT ?, name, relation, sex, birth_date, resident_id_enc, resident_id_hash, resident_id_masked,
                  health, monthly_income, status, employer_or_school FROM household_member WHERE case_id = ?
                ORDER BY id""").params(toCaseId, fromCaseId).update();
        jdbc.sql("""
                INSERT INTO verification_visit (case_id, visit_date, visitors, findings, authorization_signed,
                  recorded_by, recorded_at)
                SELECT ?, visit_date, visitors, findings, authorization_signed, recorded_by, recorded_at
                FROM verification_visit WHERE case_id = ?""").params(toCaseId, fromCaseId).update();
    }

    Household household(long caseId) {
        HouseholdProfile profile = jdbc.sql("SELECT p.*, c.situation AS case_situation FROM hardship_case c "
                        + "LEFT JOIN household_profile p ON p.case_id = c.id WHERE c.id = ?")
                .param(caseId).query(HouseholdStore::profileRow).optional().orElse(null);
        List<HouseholdMember> members = jdbc.sql("SELECT * FROM household_member WHERE case_id = ? ORDER BY id")
                .param(caseId).query(HouseholdStore::memberRow).list();
        return new Household(profile, members);
    }

    private static HouseholdProfile profileRow(ResultSet rs, int n) throws SQLException {
        if (rs.getString("health") == null) {
            return rs.getString("case_situation") == null ? null
                    : new HouseholdProfile(null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    rs.getString("case_situation"));
        }
        String secondary = rs.getString("secondary_cause");
        return new HouseholdProfile(rs.getString("ethnicity"), PoliticalStatus.valueOf(rs.getString("political_status")),
                Health.valueOf(rs.getString("health")), rs.getString("disability_category"),
                EmploymentStatus.valueOf(rs.getString("employment_status")),
                ModelWorkerType.valueOf(rs.getString("model_worker_type")),
                HousingType.valueOf(rs.getString("housing_type")), rs.getBigDecimal("housing_area"),
                MaritalStatus.valueOf(rs.getString("marital_status")), rs.getBoolean("single_parent"),
                HukouType.valueOf(rs.getString("hukou_type")), rs.getString("hukou_division"),
                rs.getString("address"), rs.getBigDecimal("own_monthly_income"), rs.getBoolean("medical_insurance"),
                rs.getBoolean("zero_employment"), rs.getBoolean("self_reliant"),
                secondary == null ? null : HardshipCause.valueOf(secondary), rs.getBoolean("migrant_worker"),
                rs.getBoolean("lives_in_city"), rs.getInt("employment_months"), rs.getBigDecimal("job_costs"),
                rs.getBigDecimal("hardship_costs"), rs.getBoolean("accident_event"),
                rs.getBoolean("still_in_difficulty"), EmployerOwnership.valueOf(rs.getString("employer_ownership")),
                rs.getString("industry"), rs.getString("situation"));
    }

    private static HouseholdMember memberRow(ResultSet rs, int n) throws SQLException {
        return new HouseholdMember(rs.getLong("id"), rs.getString("name"), Relation.valueOf(rs.getString("relation")),
                Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("resident_id_masked"), Health.valueOf(rs.getString("health")),
                rs.getBigDecimal("monthly_income"), MemberStatus.valueOf(rs.getString("status")),
                rs.getString("employer_or_school"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
