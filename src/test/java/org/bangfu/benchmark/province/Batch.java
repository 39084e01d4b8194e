package org.bangfu.benchmark.province;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.bangfu.audit.internal.AuditChainRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one batch of generated files, table by table, written with JDBC batches (multi-row INSERTs with
 * {@code reWriteBatchedInserts}) in foreign-key order; the audit rows are appended to the hash chain last, under
 * the chain head's lock, as {@code AuditChainAppender} does.
 */
final class Batch {

    static final String CASE = """
            INSERT INTO hardship_case (id, case_no, unit_id, kind, worker_name, resident_id_enc, resident_id_hash,
              resident_id_masked, sex, birth_date, phone_enc, phone_masked, employer, household_size,
              household_yearly_income, rigid_expenses, hardship_cause, bank_card_enc, bank_card_last4, status, grade,
              filed_by, filed_at, closed_at, file_no, opened_at, refusal_reason, refusal_note, notice_from,
              notice_until, file_level, card_holder_name, bank_account_kind)
            VALUES (?, ?, ?, 'REGULAR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              'NATIONAL', ?, 'CARD')""";
    static final String PROFILE = """
            INSERT INTO household_profile (case_id, ethnicity, political_status, health, employment_status,
              model_worker_type, housing_type, housing_area, marital_status, single_parent, hukou_type,
              hukou_division, address, own_monthly_income, medical_insurance, zero_employment, self_reliant,
              migrant_worker, lives_in_city, employment_months, job_costs, hardship_costs, accident_event,
              still_in_difficulty, employer_ownership, industry, situation)
            VALUES (?, '汉族', 'MASSES', ?, ?, 'NONE', ?, ?, ?, FALSE, 'URBAN', ?, ?, ?, TRUE, FALSE, TRUE, FALSE,
              TRUE, ?, 0, ?, FALSE, TRUE, 'PRIVATE', ?, ?)""";
    static final String PARTICIPANT = "INSERT INTO case_participant (case_id, username, part) VALUES (?, ?, ?)";
    static final String PLACE = "INSERT INTO active_resident (resident_id_hash, case_id) VALUES (?, ?)";
    static final String VISIT = """
            INSERT INTO verification_visit (case_id, visit_date, visitors, findings, authorization_signed,
              recorded_by, recorded_at) VALUES (?, ?, ?, '家中确有困难', TRUE, ?, ?)""";
    static final String MEANS = """
            INSERT INTO means_check (case_id, homes_owned, private_vehicle, business_with_employees,
              child_high_fee_school, on_dibao, checked_on, source, recorded_by, recorded_at)
            VALUES (?, 1, FALSE, FALSE, FALSE, FALSE, ?, 'MANUAL', ?, ?)""";
    static final String GRADE = """
            INSERT INTO grade_assessment (case_id, per_capita_monthly_income, per_capita_yearly_income, local_dibao,
              dibao_division, dibao_year, provincial_income, provincial_income_year, accident_caused, grade,
              decision_key, decision_version, decision_definition_id, assessed_at, per_capita_after_job_costs,
              homes_owned, business_with_employees, child_high_fee_school, private_vehicle, migrant_worker,
              lives_in_city, employment_months, hardship_cost_ratio, still_in_difficulty, reason, purpose)
            VALUES (?, ?, ?, ?, '410000', ?, 42500.00, ?, FALSE, ?, 'GradeDecision', 1, ?, ?, ?, 1, FALSE, FALSE,
              FALSE, FALSE, TRUE, 60, 0.5000, TRUE, '', 'INTAKE')""";
    static final String STEP = """
            INSERT INTO approval_step (subject, subject_id, case_id, tier, unit_id, outcome, amount, decided_by,
              decided_at) VALUES (?, ?, ?, 'COUNTY', ?, 'APPROVED', ?, ?, ?)""";
    static final String AID = """
            INSERT INTO aid_request (id, case_id, aid_type, amount, aid_year, purpose, emergency, status,
              required_tier, requested_by, requested_at, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, FALSE, 'PAID', 'COUNTY', ?, ?, ?)""";
    static final String PAYMENT = """
            INSERT INTO payment_record (id, case_id, aid_request_id, purpose, aid_type, idempotency_key, amount,
              payee_name, card_last4, fund_source, status, recorded_at, paying_unit_id, fund_year, attempts,
              approved_by, paid_at, bank_reference, awaits_signal, outcome_signalled, payee_unit_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CENTRAL_SPECIAL', 'PAID', ?, ?, ?, 1, ?, ?, ?, TRUE, TRUE, ?)""";
    static final String EXIT = """
            INSERT INTO exit_assessment (case_id, outcome, causes_gone, months_above_dibao, note, assessed_by,
              assessed_at, former_monthly_aid, gradual_months, gradual_monthly_aid, gradual_paid_months, decision,
              decided_by, decided_at, route) VALUES (?, 'EXIT', TRUE, 6, ?, ?, ?, ?, 1, ?, 1, 'APPROVED', ?, ?, ?)""";
    static final String WATCH = """
            INSERT INTO watch_entry (case_id, watched_from, watched_until, status) VALUES (?, ?, ?, ?)""";

    private static final String[] HEALTH = {"SERIOUS_ILLNESS", "CHRONIC_ILLNESS", "GOOD", "DISABLED"};
    private static final String[] EMPLOYMENT = {"EMPLOYED", "UNEMPLOYED", "EMPLOYED", "RETIRED"};
    private static final String[] HOUSING = {"RENTED", "OWN", "PUBLIC_RENTAL", "OWN"};
    private static final String[] MARITAL = {"MARRIED", "MARRIED", "UNMARRIED", "DIVORCED", "WIDOWED"};
    private static final String[] INDUSTRY = {"制造业", "餐饮业", "建筑业", "交通运输业", "批发零售业", "教育",
            "卫生", "公共管理"};

    final List<Object[]> cases = new ArrayList<>();
    final List<Object[]> profiles = new ArrayList<>();
    final List<Object[]> participants = new ArrayList<>();
    final List<Object[]> places = new ArrayList<>();
    final List<Object[]> visits = new ArrayList<>();
    final List<Object[]> means = new ArrayList<>();
    final List<Object[]> grades = new ArrayList<>();
    final List<Object[]> steps = new ArrayList<>();
    final List<Object[]> aids = new ArrayList<>();
    final List<Object[]> payments = new ArrayList<>();
    final List<Object[]> exits = new ArrayList<>();
    final List<Object[]> watches = new ArrayList<>();
    private final List<Object[]> audit = new ArrayList<>();

    void caseRow(long id, String caseNo, long unitId, ProvinceGenerator.Person p, String status, String grade,
            String filedBy, OffsetDateTime filed, OffsetDateTime closed, String fileNo, OffsetDateTime opened,
            String refusalReason, LocalDate[] notice) {
        cases.add(new Object[] {id, caseNo, unitId, p.name(), p.residentEnc(), p.residentHash(), p.residentMasked(),
                p.sex(), p.birth(), p.phoneEnc(), p.phoneMasked(), p.employer(), p.householdSize(), p.income(),
                p.rigid(), p.cause(), p.cardEnc(), p.cardLast4(), status, grade, filedBy, filed, closed, fileNo,
                opened, refusalReason, refusalReason == null ? null : "初审未通过", notice == null ? null : notice[0],
                notice == null ? null : notice[1], p.name()});
    }

    void profile(long caseId, ProvinceGenerator.Person p, SplittableRandom r, ProvinceGenerator.Unit unit) {
        profileAt(caseId, p, r, unit.division(), unit.name());
    }

    void profileAt(long caseId, ProvinceGenerator.Person p, SplittableRandom r, String division, String unitName) {
        profiles.add(new Object[] {caseId, HEALTH[r.nextInt(HEALTH.length)], EMPLOYMENT[r.nextInt(EMPLOYMENT.length)],
                HOUSING[r.nextInt(HOUSING.length)], BigDecimal.valueOf(30 + r.nextInt(90)),
                MARITAL[r.nextInt(MARITAL.length)], division, unitName.replace("工会", "") + "家属院",
                BigDecimal.valueOf(500 + r.nextInt(2500)), 12 + r.nextInt(200),
                BigDecimal.valueOf(r.nextInt(30_000)), INDUSTRY[r.nextInt(INDUSTRY.length)], "家庭收入低，负担重"});
    }

    void participant(long caseId, String username, String part) {
        participants.add(new Object[] {caseId, username, part});
    }

    void place(String hash, long caseId) {
        places.add(new Object[] {hash, caseId});
    }

    void audit(OffsetDateTime at, String actor, String action, Long caseId, Long unitId, String detail) {
        audit.add(new Object[] {AuditChainRows.stored(at), actor, action, caseId, unitId, detail});
    }

    void write(JdbcTemplate template, JdbcClient jdbc) {
        insert(template, CASE, cases);
        insert(template, PROFILE, profiles);
        insert(template, PARTICIPANT, participants);
        insert(template, PLACE, places);
        insert(template, VISIT, visits);
        insert(template, MEANS, means);
        insert(template, GRADE, grades);
        insert(template, AID, aids);
        insert(template, STEP, steps);
        insert(template, PAYMENT, payments);
        insert(template, EXIT, exits);
        insert(template, WATCH, watches);
        appendAudit(template, jdbc);
    }

    private static void insert(JdbcTemplate template, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows);
        }
    }

    /** As AuditChainAppender.write: lock the head, number and hash the rows, move the head. */
    private void appendAudit(JdbcTemplate template, JdbcClient jdbc) {
        if (audit.isEmpty()) {
            return;
        }
        Object[] head = jdbc.sql("SELECT last_position, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long position = (Long) head[0];
        String prev = (String) head[1];
        List<Object[]> rows = new ArrayList<>(audit.size());
        for (Object[] row : audit) {
            position++;
            OffsetDateTime at = (OffsetDateTime) row[0];
            String hash = AuditChainRows.rowHash(prev, position, at, (String) row[1], (String) row[2],
                    (Long) row[3], (Long) row[4], (String) row[5]);
            rows.add(new Object[] {at, row[1], row[2], row[3], row[4], row[5], position, AuditChainRows.bytes(prev),
                    AuditChainRows.bytes(hash)});
            prev = hash;
        }
        template.batchUpdate("INSERT INTO audit_event (occurred_at, actor, action, case_id, unit_id, detail,"
                + " chain_position, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        long lastId = jdbc.sql("SELECT id FROM audit_event WHERE chain_position = ?").param(position)
                .query(Long.class).single();
        jdbc.sql("UPDATE audit_chain_head SET last_position = ?, last_hash = ?, last_event_id = ? WHERE id = 1")
                .params(position, prev, lastId).update();
    }
}
