package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidService;
import org.bangfu.approval.AidStatus;
import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.FundsFaults;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentCancelled;
import org.bangfu.funds.PaymentRecorded;
import org.bangfu.funds.PaymentService;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.AidType;
import org.bangfu.identification.FileLevel;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.payee.PayeeAccount;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment lines. A line is created once per idempotency key (the unique constraint settles a race); it reserves
 * its amount on the first allocation that fits, walking from the file's unit up the tree while the rule
 * {@code grant.drawFromAncestor} allows, and respecting earmarks: national-only money for national-level files,
 * donations for the aid type they were given for.
 */
@Service
class JdbcPaymentService implements PaymentService {

    static final String SELECT = """
            SELECT p.id, p.case_id, c.case_no, p.aid_request_id, p.purpose, p.aid_type, p.idempotency_key, p.amount,
              p.payee_name, p.card_last4, p.fund_source, p.status, p.recorded_at, p.paying_unit_id, p.allocation_id,
              p.fund_year, p.batch_id, p.failure_reason, p.paid_at, p.attempts, p.payee_unit_id
            FROM payment_record p LEFT JOIN hardship_case c ON c.id = p.case_id
            """;
    static final String FIND_BY_KEY = SELECT + "WHERE p.idempotency_key = :key";
    static final String LIST_OF_CASE = SELECT + "WHERE p.case_id = :caseId ORDER BY p.id";
    static final String LIST_NEWEST = SELECT + """
            JOIN org_unit u ON u.id = p.payee_unit_id WHERE u.path LIKE :subtree
            ORDER BY p.id DESC FETCH FIRST :limit ROWS ONLY""";
    static final String PAGE_NEWEST = SELECT + """
            JOIN org_unit u ON u.id = p.payee_unit_id WHERE u.path LIKE :subtree
            ORDER BY p.id DESC LIMIT :limit OFFSET :offset""";
    static final String COUNT_IN_SUBTREE = """
            SELECT COUNT(*) FROM payment_record p JOIN org_unit u ON u.id = p.payee_unit_id WHERE u.path LIKE :subtree""";
    static final String LIST_AWAITING_BATCH = SELECT + """
            WHERE p.paying_unit_id = :unitId AND p.status = 'APPROVED' ORDER BY p.id""";
    static final String LIST_FAILED = SELECT + """
            JOIN org_unit u ON u.id = p.paying_unit_id WHERE u.path LIKE :subtree
            AND p.status = 'FAILED' ORDER BY p.id""";
    static final String INSERT_GRANT_LINE = """
            INSERT INTO payment_record (case_id, aid_request_id, purpose, aid_type, idempotency_key, amount,
              payee_name, card_last4, fund_source, status, recorded_at, paying_unit_id, allocation_id,
              fund_year, approved_by, awaits_signal, payee_unit_id, payee_account_enc, payee_phone_enc, campaign_id)
            VALUES (NULL, NULL, :purpose, :aidType, :key, :amount, :payeeName, :cardLast4, :fundSource, :status,
              :recordedAt, :payingUnitId, :allocationId, :fundYear, :approvedBy, FALSE, :payeeUnitId,
              :payeeAccountEnc, :payeePhoneEnc, :campaignId)""";
    static final String INSERT_CASE_LINE = """
            INSERT INTO payment_record (case_id, aid_request_id, purpose, aid_type, idempotency_key, amount,
              payee_name, card_last4, fund_source, status, recorded_at, paying_unit_id, allocation_id,
              fund_year, approved_by, awaits_signal, payee_unit_id)
            VALUES (:caseId, :requestId, :purpose, :aidType, :key, :amount, :payeeName, :cardLast4, :fundSource,
              :status, :recordedAt, :payingUnitId, :allocationId, :fundYear, :approvedBy, TRUE, :payeeUnitId)""";
    static final String RESEND_WITH_ACCOUNT = """
            UPDATE payment_record SET status = 'APPROVED', batch_id = NULL, outcome_signalled = FALSE,
            payee_name = :payeeName, card_last4 = :cardLast4 WHERE id = :paymentId AND status = 'FAILED'""";
    static final String RESEND = """
            UPDATE payment_record SET status = 'APPROVED', batch_id = NULL, outcome_signalled = FALSE
            WHERE id = :paymentId AND status = 'FAILED'""";
    static final String CANCEL = """
            UPDATE payment_record SET status = 'CANCELLED', failure_reason = :reason,
            outcome_signalled = :signalled WHERE id = :paymentId AND status = :status""";
    static final String AWAITS_SIGNAL = "SELECT awaits_signal FROM payment_record WHERE id = :paymentId";
    static final String MARK_SIGNALLED = """
            UPDATE payment_record SET outcome_signalled = TRUE WHERE id = :paymentId AND status = :status
            AND NOT outcome_signalled""";

    private final JdbcClient jdbc;
    private final AidService aid;
    private final IdentificationService identification;
    private final org.bangfu.identification.payee.Payees payees;
    private final FundService funds;
    private final FundDraw draw;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FundsFaults faults;
    private final org.bangfu.shared.FieldCipher cipher;

    JdbcPaymentService(JdbcClient jdbc, AidService aid, org.bangfu.identification.payee.Payees payees, IdentificationService identification, FundService funds,
                       FundDraw draw, Jurisdiction jurisdiction,
                       ApplicationEventPublisher events, Clock clock, FundsFaults faults,
                       org.bangfu.shared.FieldCipher cipher) {
        this.faults = faults;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.aid = aid;
        this.identification = identification;
        this.payees = payees;
        this.funds = funds;
        this.draw = draw;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PaymentRecord approveAid(long aidRequestId, String approvedBy) {
        String key = "aid-" + aidRequestId;
        Optional<PaymentRecord> existing = byKey(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        AidRequest request = aid.aidRequest(aidRequestId);
        if (request.status() != AidStatus.APPROVED) {
            throw new ConflictException("error.paymentWithoutApproval", aidRequestId);
        }
        return createLine(request.caseId(), aidRequestId, request.emergency() ? "EMERGENCY" : "AID",
                request.aidType(), key, request.amount(), approvedBy);
    }

    @Override
    @Transactional
    public PaymentRecord approveGradualExit(long caseId, long exitId, int month, BigDecimal amount,
                                           String approvedBy) {
        String key = "exit-" + exitId + "-" + month;
        return byKey(key).orElseGet(() -> createLine(caseId, null, "GRADUAL_EXIT", AidType.LIVING, key, amount,
                approvedBy));
    }

    @Override
    @Transactional
    public PaymentRecord approveGrant(long caseId, String purpose, AidType aidType, BigDecimal amount, String key,
                                      String approvedBy) {
        return approveGrant(caseId, purpose, aidType, amount, key, approvedBy, LocalDate.now(clock).getYear());
    }

    @Override
    @Transactional
    public PaymentRecord approveGrant(long caseId, String purpose, AidType aidType, BigDecimal amount, String key,
                                      String approvedBy, int fundYear) {
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "purpose", purpose, 20);
        TextInput.required(errors, "idempotencyKey", key, 64);
        if (aidType == null) {
            errors.add(FieldError.of("aidType", "validation.required"));
        }
        org.bangfu.shared.Amounts.problemWithPositive(amount).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        InvalidInputException.throwIfAny(errors);
        return byKey(key).orElseGet(() -> createLine(caseId, null, purpose.trim(), aidType, key, amount,
                approvedBy, fundYear));
    }

    @Override
    @Transactional
    public PaymentRecord approvePayeeGrant(PayeeGrant grant) {
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "purpose", grant.purpose(), 20);
        TextInput.required(errors, "idempotencyKey", grant.idempotencyKey(), 64);
        TextInput.required(errors, "payeeName", grant.payeeName(), 100);
        if (grant.aidType() == null) {
            errors.add(FieldError.of("aidType", "validation.required"));
        }
        if (grant.account() == null) {
            errors.add(FieldError.of("account", "validation.required"));
        }
        org.bangfu.shared.Amounts.problemWithPositive(grant.amount()).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        InvalidInputException.throwIfAny(errors);
        Optional<PaymentRecord> existing = byKey(grant.idempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!grant.account().holderName().equals(grant.payeeName().trim())) {
            throw new ConflictException("error.payment.notRealName", grant.payeeName());
        }
        String key = grant.idempotencyKey();
        FundAllocation allocation = draw.reserveFor(grant.unitId(), FileLevel.LOCAL, null, grant.aidType(),
                grant.amount(), key, grant.approvedBy(),
                grant.fundYear() == null ? LocalDate.now(clock).getYear() : grant.fundYear());
        String phone = grant.phone() == null || grant.phone().isBlank() ? null : cipher.encrypt(grant.phone().trim());
        jdbc.sql(INSERT_GRANT_LINE)
                .param("purpose", grant.purpose().trim()).param("aidType", grant.aidType().name()).param("key", key)
                .param("amount", grant.amount()).param("payeeName", grant.account().holderName())
                .param("cardLast4", grant.account().last4()).param("fundSource", allocation.source().name())
                .param("status", PaymentStatus.APPROVED.name()).param("recordedAt", OffsetDateTime.now(clock))
                .param("payingUnitId", allocation.unitId()).param("allocationId", allocation.id())
                .param("fundYear", allocation.fundYear()).param("approvedBy", grant.approvedBy())
                .param("payeeUnitId", grant.unitId()).param("payeeAccountEnc", cipher.encrypt(grant.account().number()))
                .param("payeePhoneEnc", phone).param("campaignId", grant.campaignId()).update();
        events.publishEvent(new PaymentRecorded(null, grant.unitId(), grant.amount(), key, PaymentStatus.APPROVED,
                grant.approvedBy()));
        faults.after(FundsFaults.Step.APPROVE);
        return byKey(key).orElseThrow();
    }

    private PaymentRecord createLine(long caseId, Long requestId, String purpose, AidType type, String key,
                                     BigDecimal amount, String approvedBy) {
        return createLine(caseId, requestId, purpose, type, key, amount, approvedBy, LocalDate.now(clock).getYear());
    }

    private PaymentRecord createLine(long caseId, Long requestId, String purpose, AidType type, String key,
                                     BigDecimal amount, String approvedBy, int fundYear) {
        HardshipCase hardshipCase = identification.caseById(caseId);
        PayeeAccount payee = payees.payee(caseId);
        if (!payee.realName()) {
            throw new ConflictException("error.payment.notRealName", hardshipCase.caseNo());
        }
        FundAllocation allocation = draw.reserveFor(hardshipCase.unitId(), hardshipCase.fileLevel(), caseId, type, amount,
                key, approvedBy, fundYear);
        jdbc.sql(INSERT_CASE_LINE)
                .param("caseId", caseId).param("requestId", requestId).param("purpose", purpose)
                .param("aidType", type.name()).param("key", key).param("amount", amount)
                .param("payeeName", payee.account().holderName()).param("cardLast4", payee.account().last4())
                .param("fundSource", allocation.source().name()).param("status", PaymentStatus.APPROVED.name())
                .param("recordedAt", OffsetDateTime.now(clock)).param("payingUnitId", allocation.unitId())
                .param("allocationId", allocation.id()).param("fundYear", allocation.fundYear())
                .param("approvedBy", approvedBy).param("payeeUnitId", hardshipCase.unitId()).update();
        events.publishEvent(new PaymentRecorded(caseId, hardshipCase.unitId(), amount, key, PaymentStatus.APPROVED,
                approvedBy));
        faults.after(FundsFaults.Step.APPROVE);
        return byKey(key).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaymentRecord> byKey(String key) {
        return jdbc.sql(FIND_BY_KEY).param("key", key).query(JdbcPaymentService::row).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRecord> payments(long caseId) {
        return jdbc.sql(LIST_OF_CASE).param("caseId", caseId).query(JdbcPaymentService::row)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRecord> payments(CurrentUser user, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(LIST_NEWEST)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").param("limit", limit).query(JdbcPaymentService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRecord> paymentPage(CurrentUser user, int offset, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(PAGE_NEWEST).param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .param("limit", limit).param("offset", offset).query(JdbcPaymentService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int paymentCount(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(COUNT_IN_SUBTREE).param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query(Long.class).single().intValue();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRecord> awaitingBatch(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE);
        return jdbc.sql(LIST_AWAITING_BATCH)
                .param("unitId", user.unit().id()).query(JdbcPaymentService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentRecord> failed(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(LIST_FAILED)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").query(JdbcPaymentService::row).list();
    }

    @Override
    @Transactional
    public PaymentRecord resend(String key, CurrentUser user) {
        PaymentRecord line = payableBy(key, user);
        if (line.status() != PaymentStatus.FAILED) {
            throw new ConflictException("error.payment.notFailed", key, line.status());
        }
        if (line.caseId() != null) {
            PayeeAccount payee = payees.payee(line.caseId());
            if (!payee.realName()) {
                throw new ConflictException("error.payment.notRealName", line.caseNo());
            }
            jdbc.sql(RESEND_WITH_ACCOUNT).param("payeeName", payee.account().holderName())
                    .param("cardLast4", payee.account().last4()).param("paymentId", line.id()).update();
        } else {
            // a payee without a file keeps the account registered with the grant
            jdbc.sql(RESEND).param("paymentId", line.id()).update();
        }
        events.publishEvent(new PaymentRecorded(line.caseId(), line.payeeUnitId(), line.amount(), key,
                PaymentStatus.APPROVED, user.username()));
        return byKey(key).orElseThrow();
    }

    @Override
    @Transactional
    public PaymentRecord cancel(String key, String reason, CurrentUser user) {
        PaymentRecord line = payableBy(key, user);
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        if (line.status() != PaymentStatus.FAILED && line.status() != PaymentStatus.APPROVED) {
            throw new ConflictException("error.payment.notCancellable", key, line.status());
        }
        // A failed line is cancelled from its finance task, which moves the process on itself; an unbatched one
        // still has a process waiting for the bank, which is told through the outcome.
        boolean signalled = line.status() == PaymentStatus.FAILED;
        int changed = jdbc.sql(CANCEL).param("reason", reason.trim()).param("signalled", signalled)
                .param("paymentId", line.id()).param("status", line.status().name()).update();
        if (changed == 0) {
            throw new ConflictException("error.payment.notCancellable", key, line.status());
        }
        if (!signalled && jdbc.sql(AWAITS_SIGNAL).param("paymentId", line.id())
                .query(Boolean.class).single()) {
            events.publishEvent(new PaymentCancelled(line.id(), key));
        }
        funds.release(line.allocationId(), line.amount(), line.caseId(), key, user.username());
        if (line.aidRequestId() != null) {
            aid.markPaymentCancelled(line.aidRequestId());
        }
        events.publishEvent(new PaymentRecorded(line.caseId(), line.payeeUnitId(), line.amount(), key,
                PaymentStatus.CANCELLED, user.username()));
        return byKey(key).orElseThrow();
    }

    /** The line, if the user is finance of the unit that pays it (or of a unit above it). */
    private PaymentRecord payableBy(String key, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE);
        PaymentRecord line = byKey(key).orElseThrow(() -> new NotFoundException("error.paymentNotFound", key));
        jurisdiction.requireCovers(user, line.payingUnitId());
        return line;
    }

    @Override
    @Transactional
    public boolean markSignalled(long paymentId, PaymentStatus status) {
        return jdbc.sql(MARK_SIGNALLED).param("paymentId", paymentId).param("status", status.name()).update() > 0;
    }

    static PaymentRecord row(ResultSet rs, int n) throws SQLException {
        return new PaymentRecord(rs.getLong("id"), nullableLong(rs, "case_id"), rs.getString("case_no"),
                nullableLong(rs, "aid_request_id"), rs.getString("purpose"), AidType.valueOf(rs.getString("aid_type")),
                rs.getString("idempotency_key"), rs.getBigDecimal("amount"), rs.getString("payee_name"),
                BankCardNumber.maskedOf(rs.getString("card_last4")), FundSource.valueOf(rs.getString("fund_source")),
                PaymentStatus.valueOf(rs.getString("status")), rs.getObject("recorded_at", OffsetDateTime.class),
                nullableLong(rs, "paying_unit_id"), nullableLong(rs, "allocation_id"),
                (Integer) rs.getObject("fund_year"), nullableLong(rs, "batch_id"), rs.getString("failure_reason"),
                rs.getObject("paid_at", OffsetDateTime.class), rs.getInt("attempts"), nullableLong(rs, "payee_unit_id"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
