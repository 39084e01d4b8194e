package org.bangfu.approval.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.approval.ApprovalStep;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.Subject;
import org.bangfu.approval.Tier;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.organization.UnitLevel;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.TextInput;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The approval steps table and the rules every decision shares: tier unit, role, jurisdiction, separation of duties. */
@Component
class Decisions {

    static final String INSERT_STEP = """
            INSERT INTO approval_step (subject, subject_id, case_id, tier, unit_id, outcome, amount, reason,
              decided_by, decided_at)
            VALUES (:subject, :subjectId, :caseId, :tier, :unitId, :outcome, :amount, :reason,
              :decidedBy, :decidedAt)""";
    static final String FIND_STEP = """
            SELECT * FROM approval_step WHERE id = :stepId""";
    static final String LIST_STEPS = """
            SELECT * FROM approval_step WHERE subject = :subject AND subject_id = :subjectId ORDER BY id""";
    static final String LIST_STEPS_OF_CASE = """
            SELECT * FROM approval_step WHERE case_id = :caseId ORDER BY id""";

    private final JdbcClient jdbc;
    private final IdentificationService files;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    Decisions(JdbcClient jdbc, IdentificationService files, OrganizationService organization,
              Jurisdiction jurisdiction, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    OrgUnit tierUnit(long caseUnitId, Tier tier) {
        return switch (tier) {
            case COUNTY -> organization.approvingUnitFor(caseUnitId);
            case PROVINCE -> organization.ancestorAt(caseUnitId, UnitLevel.PROVINCE);
            case NATIONAL -> organization.ancestorAt(caseUnitId, UnitLevel.NATIONAL);
        };
    }

    /**
     * Role, jurisdiction over the tier's unit, and that the approver took no other part in the work: {@code touched}
     * comes from {@link DutySeparation}, the one place that knows who touched what.
     */
    HardshipCase checkApprover(long caseId, Tier tier, CurrentUser approver, java.util.Set<String> touched) {
        HardshipCase hardshipCase = files.caseById(caseId);
        jurisdiction.requireAnyRole(approver, Role.APPROVER);
        OrgUnit unit = tierUnit(hardshipCase.unitId(), tier);
        // The tier's own unit decides; its supervising unit may step in (escalated work). Nobody higher up skips a tier.
        if (approver.unit().id() != unit.id() && approver.unit().id() != organization.supervisingUnit(unit.id()).id()) {
            throw new ForbiddenException("error.notYourTier");
        }
        DutySeparation.requireUntouched(touched, approver);
        return hardshipCase;
    }

    static void validate(DecisionCommand command) {
        if (command == null || command.outcome() == null) {
            throw new InvalidInputException(FieldError.of("decision", "validation.required"));
        }
        TextInput.require("reason", command.reason());
        if (command.outcome() != Outcome.APPROVED) {
            if (command.reason() == null || command.reason().isBlank()) {
                throw new InvalidInputException(FieldError.of("reason", "validation.reason.required"));
            }
            if (command.reason().trim().length() > 500) {
                throw new InvalidInputException(FieldError.of("reason", "validation.tooLong", 500));
            }
        }
    }

    ApprovalStep record(Subject subject, long subjectId, HardshipCase hardshipCase, Tier tier,
                        DecisionCommand command, BigDecimal amount, CurrentUser approver) {
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().trim();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_STEP)
                .param("subject", subject.name()).param("subjectId", subjectId).param("caseId", hardshipCase.id())
                .param("tier", tier.name()).param("unitId", tierUnit(hardshipCase.unitId(), tier).id())
                .param("outcome", command.outcome().name()).param("amount", amount).param("reason", reason)
                .param("decidedBy", approver.username()).param("decidedAt", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return jdbc.sql(FIND_STEP).param("stepId", id).query(Decisions::row).single();
    }

    List<ApprovalStep> steps(Subject subject, long subjectId) {
        return jdbc.sql(LIST_STEPS)
                .param("subject", subject.name()).param("subjectId", subjectId).query(Decisions::row).list();
    }

    List<ApprovalStep> stepsOfCase(long caseId) {
        return jdbc.sql(LIST_STEPS_OF_CASE).param("caseId", caseId)
                .query(Decisions::row).list();
    }

    static ApprovalStep row(ResultSet rs, int n) throws SQLException {
        return new ApprovalStep(rs.getLong("id"), Subject.valueOf(rs.getString("subject")), rs.getLong("subject_id"),
                rs.getLong("case_id"), Tier.valueOf(rs.getString("tier")), rs.getLong("unit_id"),
                Outcome.valueOf(rs.getString("outcome")), rs.getBigDecimal("amount"), rs.getString("reason"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class));
    }
}
