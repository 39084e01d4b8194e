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

    static final String DELETE_PROFILE = """
            DELETE FROM household_profile WHERE case_id = :caseId""";
    /** The profile columns in the order of {@link HouseholdProfile}. */
    static final String INSERT_PROFILE = """
            INSERT INTO household_profile (case_id, ethnicity, political_status, health, disability_category,
              employment_status, model_worker_type, housing_type, housing_area, marital_status, single_parent,
              hukou_type, hukou_division, address, own_monthly_income, medical_insurance, zero_employment,
              self_reliant, secondary_cause, migrant_worker, lives_in_city, employment_months, job_costs,
              hardship_costs, accident_event, still_in_difficulty, employer_ownership, industry, situation)
            VALUES (:caseId, :ethnicity, :politicalStatus, :health, :disabilityCategory,
              :employmentStatus, :modelWorkerType, :housingType, :housingArea, :maritalStatus, :singleParent,
              :hukouType, :hukouDivision, :address, :ownMonthlyIncome, :medicalInsurance, :zeroEmployment,
              :selfReliant, :secondaryCause, :migrantWorker, :livesInCity, :employmentMonths, :jobCosts,
              :hardshipCosts, :accidentEvent, :stillInDifficulty, :employerOwnership, :industry, :situation)""";
    static final String INSERT_MEMBER = """
            INSERT INTO household_member (case_id, name, relation, sex, birth_date, resident_id_enc,
              resident_id_hash, resident_id_masked, health, monthly_income, status, employer_or_school)
            VALUES (:caseId, :name, :relation, :sex, :birthDate, :residentIdEnc,
              :residentIdHash, :residentIdMasked, :health, :monthlyIncome, :status, :employerOrSchool)""";
    static final String LIST_MEMBER_HASHES = """
            SELECT resident_id_hash FROM household_member WHERE case_id = :caseId""";
    static final String COPY_PROFILE = """
            INSERT INTO household_profile (case_id, ethnicity, political_status, health, disability_category,
              employment_status, model_worker_type, housing_type, housing_area, marital_status, single_parent,
              hukou_type, hukou_division, address, own_monthly_income, medical_insurance, zero_employment,
              self_reliant, secondary_cause, migrant_worker, lives_in_city, employment_months, job_costs,
              hardship_costs, accident_event, still_in_difficulty, employer_ownership, industry, situation)
            SELECT :toCaseId, ethnicity, political_status, health, disability_category,
              employment_status, model_worker_type, housing_type, housing_area, marital_status, single_parent,
              hukou_type, hukou_division, address, own_monthly_income, medical_insurance, zero_employment,
              self_reliant, secondary_cause, migrant_worker, lives_in_city, employment_months, job_costs,
              hardship_costs, accident_event, still_in_difficulty, employer_ownership, industry, situation
            FROM household_profile WHERE case_id = :fromCaseId""";
    static final String COPY_MEMBERS = """
            INSERT INTO household_member (case_id, name, relation, sex, birth_date, resident_id_enc,
              resident_id_hash, resident_id_masked, health, monthly_income, status, employer_or_school)
            SELECT :toCaseId, name, relation, sex, birth_date, resident_id_enc, resident_id_hash, resident_id_masked,
              health, monthly_income, status, employer_or_school FROM household_member WHERE case_id = :fromCaseId
            ORDER BY id""";
    static final String COPY_HOME_VISIT = """
            INSERT INTO verification_visit (case_id, visit_date, visitors, findings, authorization_signed,
              recorded_by, recorded_at)
            SELECT :toCaseId, visit_date, visitors, findings, authorization_signed, recorded_by, recorded_at
            FROM verification_visit WHERE case_id = :fromCaseId""";
    static final String FIND_PROFILE = """
            SELECT p.*, c.situation AS case_situation FROM hardship_case c
            LEFT JOIN household_profile p ON p.case_id = c.id WHERE c.id = :caseId""";
    static final String LIST_MEMBERS = """
            SELECT * FROM household_member WHERE case_id = :caseId ORDER BY id""";

    HouseholdStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void saveProfile(long caseId, HouseholdProfile p) {
        jdbc.sql(DELETE_PROFILE).param("caseId", caseId).update();
        jdbc.sql(INSERT_PROFILE)
                .param("caseId", caseId).param("ethnicity", p.ethnicity().trim())
                .param("politicalStatus", p.politicalStatus().name()).param("health", p.health().name())
                .param("disabilityCategory", blankToNull(p.disabilityCategory()))
                .param("employmentStatus", p.employmentStatus().name())
                .param("modelWorkerType", p.modelWorkerType().name()).param("housingType", p.housingType().name())
                .param("housingArea", IntakeValidator.money(p.housingArea()))
                .param("maritalStatus", p.maritalStatus().name()).param("singleParent", p.singleParent())
                .param("hukouType", p.hukouType().name()).param("hukouDivision", p.hukouDivision().trim())
                .param("address", p.address().trim())
                .param("ownMonthlyIncome", IntakeValidator.money(p.ownMonthlyIncome()))
                .param("medicalInsurance", p.medicalInsurance()).param("zeroEmployment", p.zeroEmployment())
                .param("selfReliant", p.selfReliant())
                .param("secondaryCause", p.secondaryCause() == null ? null : p.secondaryCause().name())
                .param("migrantWorker", p.migrantWorker()).param("livesInCity", p.livesInCity())
                .param("employmentMonths", p.employmentMonths())
                .param("jobCosts", IntakeValidator.money(p.jobCosts()))
                .param("hardshipCosts", IntakeValidator.money(p.hardshipCosts()))
                .param("accidentEvent", p.accidentEvent()).param("stillInDifficulty", p.stillInDifficulty())
                .param("employerOwnership", p.employerOwnership().name()).param("industry", p.industry().trim())
                .param("situation", p.situation().trim())
                .update();
    }

    void saveMembers(long caseId, List<MemberCommand> members) {
        for (MemberCommand m : members) {
            ResidentId id = new ResidentId(m.residentId().trim().toUpperCase());
            jdbc.sql(INSERT_MEMBER)
                    .param("caseId", caseId).param("name", m.name().trim()).param("relation", m.relation().name())
                    .param("sex", id.sex().name()).param("birthDate", id.birthDate())
                    .param("residentIdEnc", cipher.encrypt(id.value()))
                    .param("residentIdHash", cipher.searchHash(id.value())).param("residentIdMasked", id.masked())
                    .param("health", m.health().name()).param("monthlyIncome", IntakeValidator.money(m.monthlyIncome()))
                    .param("status", m.status().name()).param("employerOrSchool", blankToNull(m.employerOrSchool()))
                    .update();
        }
    }

    List<String> memberHashes(long caseId) {
        return jdbc.sql(LIST_MEMBER_HASHES).param("caseId", caseId)
                .query(String.class).list();
    }

    /** Copies profile, members, home visit and means check of an archived file onto its relapse file. */
    void copy(long fromCaseId, long toCaseId) {
        jdbc.sql(COPY_PROFILE).param("toCaseId", toCaseId).param("fromCaseId", fromCaseId).update();
        jdbc.sql(COPY_MEMBERS).param("toCaseId", toCaseId).param("fromCaseId", fromCaseId).update();
        jdbc.sql(COPY_HOME_VISIT).param("toCaseId", toCaseId).param("fromCaseId", fromCaseId).update();
    }

    Household household(long caseId) {
        HouseholdProfile profile = jdbc.sql(FIND_PROFILE)
                .param("caseId", caseId).query(HouseholdStore::profileRow).optional().orElse(null);
        List<HouseholdMember> members = jdbc.sql(LIST_MEMBERS)
                .param("caseId", caseId).query(HouseholdStore::memberRow).list();
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
