package org.bangfu.funds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.bangfu.approval.ApprovalDecision;
import org.bangfu.approval.ApprovalService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentRecorded;
import org.bangfu.funds.PaymentService;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPaymentService implements PaymentService {

    private static final String SELECT = "SELECT p.case_id, c.case_no, p.idempotency_key, p.amount, p.payee_name, "
            + "p.card_last4, p.fund_source, p.status, p.recorded_at FROM payment_record p "
            + "JOIN hardship_case c ON c.id = p.case_id ";

    private final JdbcClient jdbc;
    private final ApprovalService approval;
    private final IdentificationService identification;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcPaymentService(JdbcClient jdbc, ApprovalService approval, IdentificationService identification,
                       Jurisdiction jurisdiction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.approval = approval;
        this.identification = identification;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PaymentRecord recordPayment(long caseId) {
        Optional<PaymentRecord> existing = payment(caseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ApprovalDecision decision = approval.decision(caseId).filter(ApprovalDecision::approved)
                .orElseThrow(() -> new ConflictException("error.paymentWithoutApproval", caseId));
        HardshipCase hardshipCase = identification.caseById(caseId);
        String key = "case-" + caseId + "-aid";
        jdbc.sql("INSERT INTO payment_record (case_id, idempotency_key, amount, payee_name, card_last4, fund_source, "
                        + "status, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, key, decision.amount(), hardshipCase.workerName(),
                        identification.bankCardLast4(caseId), FundSource.UNION_ALLOCATION.name(), "RECORDED",
                        OffsetDateTime.now(clock))
                .update();
        identification.changeStatus(caseId, CaseStatus.PAID);
        events.publishEvent(new PaymentRecorded(caseId, hardshipCase.unitId(), decision.amount(), key));
        return payment(caseId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaymentRecord> payment(long caseId) {
        return jdbc.sql(SELECT + "WHERE p.case_id = ?").param(caseId).query(JdbcPaymentService::row).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRecord> payments(CurrentUser user, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(SELECT + "JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE ? "
                        + "ORDER BY p.id DESC FETCH FIRST ? ROWS ONLY")
                .params(jurisdiction.subtreePrefix(user) + "%", limit).query(JdbcPaymentService::row).list();
    }

    private static PaymentRecord row(ResultSet rs, int n) throws SQLException {
        return new PaymentRecord(rs.getLong("case_id"), rs.getString("case_no"), rs.getString("idempotency_key"),
                rs.getBigDecimal("amount"), rs.getString("payee_name"),
                BankCardNumber.maskedOf(rs.getString("card_last4")), FundSource.valueOf(rs.getString("fund_source")),
                rs.getString("status"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
