package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidService;
import org.bangfu.approval.AidStatus;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentRecorded;
import org.bangfu.funds.PaymentService;
import org.bangfu.identification.AidType;
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

    private static final String SELECT = "SELECT p.id, p.case_id, c.case_no, p.aid_request_id, p.purpose, p.aid_type, "
            + "p.idempotency_key, p.amount, p.payee_name, p.card_last4, p.fund_source, p.status, p.recorded_at "
            + "FROM payment_record p JOIN hardship_case c ON c.id = p.case_id ";

    private final JdbcClient jdbc;
    private final AidService aid;
    private final IdentificationService identification;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcPaymentService(JdbcClient jdbc, AidService aid, IdentificationService identification,
                       Jurisdiction jurisdiction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.aid = aid;
        this.identification = identification;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PaymentRecord payAid(long aidRequestId) {
        String key = "aid-" + aidRequestId;
        Optional<PaymentRecord> existing = byKey(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        AidRequest request = aid.aidRequest(aidRequestId);
        if (request.status() != AidStatus.APPROVED) {
            throw new ConflictException("error.paymentWithoutApproval", aidRequestId);
        }
        PaymentRecord paid = record(request.caseId(), aidRequestId, request.emergency() ? "EMERGENCY" : "AID",
                request.aidType(), key, request.amount());
        aid.markPaid(aidRequestId);
        return paid;
    }

    @Override
    @Transactional
    public PaymentRecord payGradualExit(long caseId, long exitId, int month, BigDecimal amount) {
        String key = "exit-" + exitId + "-" + month;
        return byKey(key).orElseGet(() -> record(caseId, null, "GRADUAL_EXIT", AidType.LIVING, key, amount));
    }

    private PaymentRecord record(long caseId, Long requestId, String purpose, AidType type, String key,
                                 BigDecimal amount) {
        HardshipCase hardshipCase = identification.caseById(caseId);
        jdbc.sql("INSERT INTO payment_record (case_id, aid_request_id, purpose, aid_type, idempotency_key, amount, "
                        + "payee_name, card_last4, fund_source, status, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, requestId, purpose, type.name(), key, amount, hardshipCase.workerName(),
                        identification.bankCardLast4(caseId), FundSource.UNION_ALLOCATION.name(), "RECORDED",
                        OffsetDateTime.now(clock))
                .update();
        events.publishEvent(new PaymentRecorded(caseId, hardshipCase.unitId(), amount, key));
        return byKey(key).orElseThrow();
    }

    private Optional<PaymentRecord> byKey(String key) {
        return jdbc.sql(SELECT + "WHERE p.idempotency_key = ?").param(key).query(JdbcPaymentService::row).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRecord> payments(long caseId) {
        return jdbc.sql(SELECT + "WHERE p.case_id = ? ORDER BY p.id").param(caseId).query(JdbcPaymentService::row)
                .list();
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
        long request = rs.getLong("aid_request_id");
        Long requestId = rs.wasNull() ? null : request;
        return new PaymentRecord(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_no"), requestId,
                rs.getString("purpose"), AidType.valueOf(rs.getString("aid_type")), rs.getString("idempotency_key"),
                rs.getBigDecimal("amount"), rs.getString("payee_name"),
                BankCardNumber.maskedOf(rs.getString("card_last4")), FundSource.valueOf(rs.getString("fund_source")),
                rs.getString("status"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
