package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.IntConsumer;

import org.bangfu.approval.AidService;
import org.bangfu.funds.BankFile;
import org.bangfu.funds.BankResultImported;
import org.bangfu.funds.BatchLine;
import org.bangfu.funds.BatchReconciliation;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.BatchStatus;
import org.bangfu.funds.FundsFaults;
import org.bangfu.funds.PaymentFailed;
import org.bangfu.funds.PaymentSettled;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.ResultImport;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.payee.PayeeAccount;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.UploadContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank batches. Every state change is a conditional UPDATE on the expected state, so a step repeated after a crash
 * or by a second user at the same moment changes nothing the second time. A result import locks its batch row
 * first: two imports of the same file at once run one after the other, and the second finds the file's hash
 * already recorded.
 */
@Service
class JdbcBatchService implements BatchService {

    private static final int MAX_REPORTED_ERRORS = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final IdentificationService identification;
    private final org.bangfu.identification.payee.Payees payeeAccounts;
    private final AidService aid;
    private final FieldCipher cipher;
    private final BankFileCodec codec;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final FundsFaults faults;
    private final Clock clock;
    private final String smsTemplate;

    JdbcBatchService(JdbcClient jdbc, JdbcTemplate template, org.bangfu.identification.payee.Payees payeeAccounts, IdentificationService identification, AidService aid,
                     FieldCipher cipher, BankFileCodec codec, Jurisdiction jurisdiction,
                     ApplicationEventPublisher events, FundsFaults faults, Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${bangfu.sms.paid-template}")
                     String smsTemplate) {
        this.smsTemplate = smsTemplate;
        this.jdbc = jdbc;
        this.template = template;
        this.identification = identification;
        this.payeeAccounts = payeeAccounts;
        this.aid = aid;
        this.cipher = cipher;
        this.codec = codec;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.faults = faults;
        this.clock = clock;
    }

    private record Waiting(long id, Long caseId, String key, BigDecimal amount, String payeeName, String accountEnc) {
    }

    @Override
    @Transactional
    public PaymentBatch gather(List<Long> paymentIds, CurrentUser finance) {
        jurisdiction.requireAnyRole(finance, Role.FINANCE);
        long unitId = finance.unit().id();
        List<Waiting> lines = jdbc.sql("SELECT id, case_id, idempotency_key, amount, payee_name, payee_account_enc FROM payment_record "
                        + "WHERE paying_unit_id = ? AND status = 'APPROVED' ORDER BY id FOR UPDATE")
                .param(unitId)
                .query((rs, n) -> new Waiting(rs.getLong("id"), (Long) rs.getObject("case_id", Long.class),
                        rs.getString("idempotency_key"), rs.getBigDecimal("amount"), rs.getString("payee_name"),
                        rs.getString("payee_account_enc"))).list();
        if (paymentIds != null && !paymentIds.isEmpty()) {
            List<Long> missing = paymentIds.stream()
                    .filter(id -> lines.stream().noneMatch(l -> l.id() == id)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException(FieldError.of("payments", "validation.batch.notWaiting",
                        missing.toString()));
            }
            lines.removeIf(l -> !paymentIds.contains(l.id()));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException(FieldError.of("payments", "validation.batch.nothingToGather"));
        }
        Map<Long, PayeeAccount> payees = payeeAccounts.payees(lines.stream().map(Waiting::caseId)
                .filter(java.util.Objects::nonNull).toList());
        List<FieldError> errors = new ArrayList<>();
        for (Waiting line : lines) {
            PayeeAccount payee = payees.get(line.caseId());
            if (line.caseId() == null ? line.accountEnc() == null : payee == null || !payee.realName()) {
                errors.add(FieldError.of("payments", "validation.batch.notRealName", line.key()));
            }
        }
        InvalidInputException.throwIfAny(errors);
        BigDecimal total = lines.stream().map(Waiting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        OffsetDateTime now = OffsetDateTime.now(clock);
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO payment_batch (batch_no, unit_id, status, line_count, total, gathered_by, "
                        + "gathered_at) VALUES (?, ?, 'GATHERED', ?, ?, ?, ?)")
                .params("PB-" + java.util.UUID.randomUUID(), unitId, lines.size(), total, finance.username(), now)
                .update(keys, "id");
        long batchId = keys.getKey().longValue();
        String batchNo = "PB" + now.atZoneSameInstant(clock.getZone()).toLocalDate()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd")) + "-" + batchId;
        jdbc.sql("UPDATE payment_batch SET batch_no = ? WHERE id = ?").params(batchNo, batchId).update();
        List<Object[]> rows = new ArrayList<>(lines.size());
        int lineNo = 0;
        for (Waiting line : lines) {
            if (line.caseId() == null) {
                // a payee without a file: the account registered with the grant (encrypted the same way)
                String number = cipher.decrypt(line.accountEnc());
                rows.add(new Object[] {batchId, ++lineNo, line.id(), line.key(), line.amount(), line.payeeName(),
                        line.accountEnc(), number.substring(number.length() - 4)});
                continue;
            }
            PayeeAccount payee = payees.get(line.caseId());
            rows.add(new Object[] {batchId, ++lineNo, line.id(), line.key(), line.amount(),
                    payee.account().holderName(), cipher.encrypt(payee.account().number()), payee.account().last4()});
        }
        template.batchUpdate("INSERT INTO payment_batch_line (batch_id, line_no, payment_id, payment_key, amount, "
                + "payee_name, account_enc, account_last4) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.sql("UPDATE payment_record SET status = 'BATCHED', batch_id = ? WHERE id IN "
                        + "(SELECT payment_id FROM payment_batch_line WHERE batch_id = ?) AND status = 'APPROVED'")
                .params(batchId, batchId).update();
        faults.after(FundsFaults.Step.GATHER);
        return batch(batchId);
    }

    @Override
    @Transactional
    public PaymentBatch release(long batchId, Integer confirmedCount, BigDecimal confirmedTotal, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.APPROVER);
        PaymentBatch batch = batch(batchId, user);
        if (batch.unitId() != user.unit().id()) {
            throw new ForbiddenException("error.batch.otherUnit", batch.batchNo());
        }
        if (user.username().equals(batch.gatheredBy())) {
            throw new ForbiddenException("error.batch.fourEyes", batch.batchNo());
        }
        if (batch.status() != BatchStatus.GATHERED) {
            throw new ConflictException("error.batch.state", batch.batchNo(), batch.status());
        }
        List<FieldError> errors = new ArrayList<>();
        if (confirmedCount == null) {
            errors.add(FieldError.of("confirmedCount", "validation.required"));
        } else if (confirmedCount != batch.lineCount()) {
            errors.add(FieldError.of("confirmedCount", "validation.batch.countMismatch"));
        }
        if (confirmedTotal == null) {
            errors.add(FieldError.of("confirmedTotal", "validation.required"));
        } else if (confirmedTotal.compareTo(batch.total()) != 0) {
            errors.add(FieldError.of("confirmedTotal", "validation.batch.totalMismatch"));
        }
        InvalidInputException.throwIfAny(errors);
        int changed = jdbc.sql("UPDATE payment_batch SET status = 'RELEASED', released_by = ?, released_at = ? "
                        + "WHERE id = ? AND status = 'GATHERED'")
                .params(user.username(), OffsetDateTime.now(clock), batchId).update();
        if (changed == 0) {
            throw new ConflictException("error.batch.state", batch.batchNo(), batch(batchId).status());
        }
        faults.after(FundsFaults.Step.RELEASE);
        return batch(batchId);
    }

    @Override
    @Transactional
    public PaymentBatch discard(long batchId, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE);
        PaymentBatch batch = batch(batchId, user);
        if (batch.unitId() != user.unit().id()) {
            throw new ForbiddenException("error.batch.otherUnit", batch.batchNo());
        }
        int changed = jdbc.sql("UPDATE payment_batch SET status = 'DISCARDED' WHERE id = ? AND status = 'GATHERED'")
                .param(batchId).update();
        if (changed == 0) {
            throw new ConflictException("error.batch.state", batch.batchNo(), batch.status());
        }
        jdbc.sql("UPDATE payment_record SET status = 'APPROVED', batch_id = NULL WHERE batch_id = ? "
                + "AND status = 'BATCHED'").param(batchId).update();
        return batch(batchId);
    }

    @Override
    @Transactional
    public BankFile export(long batchId, Charset encoding, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE);
        PaymentBatch batch = batch(batchId, user);
        if (batch.unitId() != user.unit().id()) {
            throw new ForbiddenException("error.batch.otherUnit", batch.batchNo());
        }
        if (batch.status() == BatchStatus.GATHERED || batch.status() == BatchStatus.DISCARDED) {
            throw new ConflictException("error.batch.notReleased", batch.batchNo());
        }
        List<ExportLine> lines = new ArrayList<>(batch.lineCount());
        template.query("SELECT l.line_no, l.payment_key, l.account_enc, l.payee_name, l.amount, p.purpose "
                        + "FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id "
                        + "WHERE l.batch_id = ? ORDER BY l.line_no",
                rs -> {
                    lines.add(new ExportLine(rs.getInt(1), rs.getString(2), cipher.decrypt(rs.getString(3)),
                            rs.getString(4), rs.getBigDecimal(5), rs.getString(6), batch.batchNo()));
                }, batchId);
        byte[] content = codec.write(lines, encoding);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = jdbc.sql("UPDATE payment_batch SET status = 'SENT', sent_by = ?, sent_at = ? "
                        + "WHERE id = ? AND status = 'RELEASED'")
                .params(user.username(), now, batchId).update();
        if (sent > 0) {
            jdbc.sql("UPDATE payment_record SET status = 'SENT', attempts = attempts + 1 WHERE batch_id = ? "
                    + "AND status = 'BATCHED'").param(batchId).update();
        }
        jdbc.sql("UPDATE payment_batch SET export_count = export_count + 1 WHERE id = ?").param(batchId).update();
        faults.after(FundsFaults.Step.EXPORT);
        return new BankFile(codec.fileName(batch.batchNo(), encoding), encoding.name(), content, lines.size());
    }

    private record Expected(long lineId, long paymentId, long allocationId, Long requestId, BigDecimal amount,
                            String result) {
    }

    @Override
    @Transactional
    public ResultImport importResult(long batchId, byte[] file, Charset encoding, String fileName, CurrentUser user,
                                     IntConsumer progress) {
        jurisdiction.requireAnyRole(user, Role.FINANCE);
        PaymentBatch batch = batch(batchId, user);
        if (batch.unitId() != user.unit().id()) {
            throw new ForbiddenException("error.batch.otherUnit", batch.batchNo());
        }
        // one import per batch at a time: a second one waits here, then finds the file already applied
        jdbc.sql("SELECT id FROM payment_batch WHERE id = ? FOR UPDATE").param(batchId).query(Long.class).single();
        batch = batch(batchId);
        if (file == null || file.length == 0) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.empty"));
        }
        UploadContent.require("file", file, Set.of(UploadContent.Kind.CSV), "input.upload.kinds.csv");
        String sha = sha256(file);
        if (jdbc.sql("SELECT COUNT(*) FROM bank_result_import WHERE batch_id = ? AND file_sha256 = ?")
                .params(batchId, sha).query(Integer.class).single() > 0) {
            return new ResultImport(batchId, 0, 0, 0, true);
        }
        if (batch.status() != BatchStatus.SENT && batch.status() != BatchStatus.SETTLED) {
            throw new InvalidInputException(FieldError.of("file", "validation.bankResult.notSent", batch.batchNo()));
        }
        List<ResultLine> results = codec.read(file, encoding, progress);
        Map<String, Expected> expected = new HashMap<>();
        template.query("SELECT l.id, l.payment_id, p.aid_request_id, p.allocation_id, l.amount, l.result, "
                        + "l.payment_key "
                        + "FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id WHERE l.batch_id = ?",
                rs -> {
                    long request = rs.getLong(3);
                    Long requestId = rs.wasNull() ? null : request;
                    expected.put(rs.getString(7), new Expected(rs.getLong(1), rs.getLong(2), rs.getLong(4),
                            requestId, rs.getBigDecimal(5), rs.getString(6)));
                }, batchId);
        List<FieldError> errors = new ArrayList<>();
        List<ResultLine> toApply = new ArrayList<>();
        for (ResultLine line : results) {
            Expected e = expected.get(line.paymentKey());
            if (e == null) {
                errors.add(FieldError.of("line " + line.lineNo(), "validation.bankResult.unknownKey",
                        line.paymentKey(), batch.batchNo()));
            } else if (e.amount().compareTo(line.amount()) != 0) {
                errors.add(FieldError.of("line " + line.lineNo(), "validation.bankResult.amountMismatch",
                        line.amount().toPlainString(), e.amount().toPlainString()));
            } else if (!"PENDING".equals(e.result())) {
                if (!e.result().equals(line.paid() ? "PAID" : "FAILED")) {
                    errors.add(FieldError.of("line " + line.lineNo(), "validation.bankResult.conflict",
                            line.paymentKey(), e.result()));
                }
                // the same answer again: already applied, nothing to do
            } else {
                toApply.add(line);
            }
            if (errors.size() >= MAX_REPORTED_ERRORS) {
                errors.add(FieldError.of("file", "validation.bankFile.tooManyErrors", MAX_REPORTED_ERRORS));
                break;
            }
        }
        InvalidInputException.throwIfAny(errors);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Timestamp at = Timestamp.from(now.toInstant());
        List<Object[]> paidLines = new ArrayList<>();
        List<Object[]> failedLines = new ArrayList<>();
        List<Object[]> failedPayments = new ArrayList<>();
        List<Long> paidRequests = new ArrayList<>();
        Map<Long, BigDecimal> spentByAllocation = new LinkedHashMap<>();
        BigDecimal paidAmount = BigDecimal.ZERO;
        for (ResultLine line : toApply) {
            Expected e = expected.get(line.paymentKey());
            if (line.paid()) {
                paidLines.add(new Object[] {line.bankReference(), at, e.lineId()});
                spentByAllocation.merge(e.allocationId(), e.amount(), BigDecimal::add);
                paidAmount = paidAmount.add(e.amount());
                if (e.requestId() != null) {
                    paidRequests.add(e.requestId());
                }
            } else {
                failedLines.add(new Object[] {line.reason().trim(), line.bankReference(), at, e.lineId()});
                failedPayments.add(new Object[] {line.reason().trim(), e.paymentId()});
            }
        }
        template.batchUpdate("UPDATE payment_batch_line SET result = 'PAID', bank_reference = ?, result_at = ? "
                + "WHERE id = ? AND result = 'PENDING'", paidLines);
        template.batchUpdate("UPDATE payment_batch_line SET result = 'FAILED', result_reason = ?, bank_reference = ?, "
                + "result_at = ? WHERE id = ? AND result = 'PENDING'", failedLines);
        // everything else follows from the lines just answered, set-based (a 100,000-line file stays well in time)
        String justPaid = "SELECT payment_id FROM payment_batch_line WHERE batch_id = ? AND result = 'PAID' "
                + "AND result_at = ?";
        jdbc.sql("UPDATE payment_record SET status = 'PAID', paid_at = ?, outcome_signalled = FALSE, bank_reference = "
                        + "(SELECT l.bank_reference FROM payment_batch_line l WHERE l.batch_id = ? "
                        + "AND l.payment_id = payment_record.id) "
                        + "WHERE batch_id = ? AND status = 'SENT' AND id IN (" + justPaid + ")")
                .params(at, batchId, batchId, batchId, at).update();
        template.batchUpdate("UPDATE payment_record SET status = 'FAILED', failure_reason = ?, "
                + "outcome_signalled = FALSE WHERE id = ? AND status = 'SENT'", failedPayments);
        for (Map.Entry<Long, BigDecimal> spent : spentByAllocation.entrySet()) {
            int changed = jdbc.sql("UPDATE fund_allocation SET reserved = reserved - ?, spent = spent + ? "
                            + "WHERE id = ? AND reserved >= ?")
                    .params(spent.getValue(), spent.getValue(), spent.getKey(), spent.getValue()).update();
            if (changed == 0) {
                throw new ConflictException("error.fundsNotReserved", spent.getKey(), spent.getValue().toPlainString());
            }
        }
        jdbc.sql("INSERT INTO fund_ledger (entry_type, allocation_id, source, unit_id, case_id, reference, amount, actor, "
                        + "occurred_at, note) SELECT 'PAYMENT', p.allocation_id, p.fund_source, p.paying_unit_id, "
                        + "p.case_id, l.payment_key, l.amount, ?, ?, ? FROM payment_batch_line l "
                        + "JOIN payment_record p ON p.id = l.payment_id "
                        + "WHERE l.batch_id = ? AND l.result = 'PAID' AND l.result_at = ?")
                .params(user.username(), at, batch.batchNo(), batchId, at).update();
        insertSmsNotices(batchId, at);
        aid.markPaid(paidRequests);
        jdbc.sql("UPDATE payment_batch SET status = 'SETTLED', settled_at = ? WHERE id = ? AND status = 'SENT' "
                        + "AND NOT EXISTS (SELECT 1 FROM payment_batch_line WHERE batch_id = ? AND result = 'PENDING')")
                .params(now, batchId, batchId).update();
        jdbc.sql("INSERT INTO bank_result_import (batch_id, file_sha256, file_name, lines, paid, failed, imported_by, "
                        + "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(batchId, sha, fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200)
                        : fileName, results.size(), paidLines.size(), failedLines.size(), user.username(), now)
                .update();
        events.publishEvent(new BankResultImported(batchId, batch.batchNo(), batch.unitId(), paidLines.size(),
                failedLines.size(), paidAmount, user.username()));
        publishOutcomes(batchId, at);
        faults.after(FundsFaults.Step.IMPORT);
        return new ResultImport(batchId, results.size(), paidLines.size(), failedLines.size(), false);
    }

    /** The answers just recorded for lines whose process waits for them, one event per line. */
    private void publishOutcomes(long batchId, Timestamp at) {
        jdbc.sql("SELECT p.id, p.idempotency_key, p.status, p.failure_reason FROM payment_batch_line l "
                        + "JOIN payment_record p ON p.id = l.payment_id WHERE l.batch_id = ? AND l.result_at = ? "
                        + "AND p.awaits_signal AND NOT p.outcome_signalled AND p.status IN ('PAID', 'FAILED') "
                        + "ORDER BY p.id")
                .params(batchId, at)
                .query((rs, n) -> PaymentStatus.PAID.name().equals(rs.getString("status"))
                        ? new PaymentSettled(rs.getLong("id"), rs.getString("idempotency_key"))
                        : new PaymentFailed(rs.getLong("id"), rs.getString("idempotency_key"),
                                rs.getString("failure_reason")))
                .list().forEach(events::publishEvent);
    }

    /**
     * One notice per line just paid, in the configured wording ({@code {0}} amount, {@code {1}} last four digits of
     * the account, {@code {2}} the worker's name), composed by the database: the sender picks them up after the
     * commit.
     */
    private void insertSmsNotices(long batchId, Timestamp at) {
        List<Object> params = new ArrayList<>();
        StringBuilder message = new StringBuilder();
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{([012])\\}").matcher(smsTemplate);
        int from = 0;
        while (placeholder.find()) {
            append(message, params, smsTemplate.substring(from, placeholder.start()));
            message.append(message.isEmpty() ? "" : " || ").append(switch (placeholder.group(1)) {
                case "0" -> "CAST(p.amount AS VARCHAR(20))";
                case "1" -> "p.card_last4";
                default -> "p.payee_name";
            });
            from = placeholder.end();
        }
        append(message, params, smsTemplate.substring(from));
        params.add(at);
        params.add(batchId);
        params.add(at);
        jdbc.sql("INSERT INTO sms_notice (payment_id, phone_enc, message, status, created_at) "
                        + "SELECT p.id, COALESCE(p.payee_phone_enc, c.phone_enc), " + (message.isEmpty() ? "''" : message)
                        + ", 'PENDING', ? "
                        + "FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id "
                        + "LEFT JOIN hardship_case c ON c.id = p.case_id "
                        + "WHERE l.batch_id = ? AND l.result = 'PAID' AND l.result_at = ? "
                        + "AND COALESCE(p.payee_phone_enc, c.phone_enc) IS NOT NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM sms_notice s WHERE s.payment_id = p.id)")
                .params(params).update();
    }

    private static void append(StringBuilder message, List<Object> params, String literal) {
        if (!literal.isEmpty()) {
            message.append(message.isEmpty() ? "" : " || ").append("CAST(? AS VARCHAR(300))");
            params.add(literal);
        }
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentBatch> batches(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.APPROVER, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql("SELECT b.* FROM payment_batch b JOIN org_unit u ON u.id = b.unit_id WHERE u.path LIKE ? "
                        + "ORDER BY b.id DESC")
                .param(jurisdiction.subtreePrefix(user) + "%").query(JdbcBatchService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentBatch batch(long batchId, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.APPROVER, Role.AUDITOR, Role.ADMIN);
        PaymentBatch batch = batch(batchId);
        jurisdiction.requireCovers(user, batch.unitId());
        return batch;
    }

    private PaymentBatch batch(long batchId) {
        return jdbc.sql("SELECT * FROM payment_batch WHERE id = ?").param(batchId).query(JdbcBatchService::row)
                .optional().orElseThrow(() -> new NotFoundException("error.batchNotFound", batchId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchLine> lines(long batchId, CurrentUser user) {
        batch(batchId, user);
        return jdbc.sql("SELECT l.*, c.case_no FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id "
                        + "LEFT JOIN hardship_case c ON c.id = p.case_id WHERE l.batch_id = ? ORDER BY l.line_no")
                .param(batchId)
                .query((rs, n) -> new BatchLine(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("line_no"),
                        rs.getLong("payment_id"), rs.getString("payment_key"), rs.getString("case_no"),
                        rs.getBigDecimal("amount"), rs.getString("payee_name"),
                        BankCardNumber.maskedOf(rs.getString("account_last4")),
                        BatchLine.LineResult.valueOf(rs.getString("result")), rs.getString("result_reason"),
                        rs.getString("bank_reference"), rs.getObject("result_at", OffsetDateTime.class)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchReconciliation> reconciliation(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql("""
                        SELECT b.id, b.batch_no, b.status,
                          COUNT(l.id) AS sent_count, COALESCE(SUM(l.amount), 0) AS sent_amount,
                          COUNT(l.id) FILTER (WHERE l.result = 'PAID') AS paid_count,
                          COALESCE(SUM(l.amount) FILTER (WHERE l.result = 'PAID'), 0) AS paid_amount,
                          COUNT(l.id) FILTER (WHERE l.result = 'FAILED') AS failed_count,
                          COALESCE(SUM(l.amount) FILTER (WHERE l.result = 'FAILED'), 0) AS failed_amount,
                          COALESCE((SELECT SUM(g.amount) FROM fund_ledger g WHERE g.entry_type = 'PAYMENT'
                                    AND g.note = b.batch_no), 0) AS ledger_paid
                        FROM payment_batch b JOIN org_unit u ON u.id = b.unit_id
                        LEFT JOIN payment_batch_line l ON l.batch_id = b.id
                        WHERE u.path LIKE ? AND b.status IN ('SENT', 'SETTLED')
                        GROUP BY b.id, b.batch_no, b.status ORDER BY b.id DESC""")
                .param(jurisdiction.subtreePrefix(user) + "%")
                .query((rs, n) -> new BatchReconciliation(rs.getLong("id"), rs.getString("batch_no"),
                        BatchStatus.valueOf(rs.getString("status")), rs.getInt("sent_count"),
                        rs.getBigDecimal("sent_amount"), rs.getInt("paid_count"), rs.getBigDecimal("paid_amount"),
                        rs.getInt("failed_count"), rs.getBigDecimal("failed_amount"),
                        rs.getBigDecimal("ledger_paid")))
                .list();
    }

    private static PaymentBatch row(ResultSet rs, int n) throws SQLException {
        return new PaymentBatch(rs.getLong("id"), rs.getString("batch_no"), rs.getLong("unit_id"),
                BatchStatus.valueOf(rs.getString("status")), rs.getInt("line_count"), rs.getBigDecimal("total"),
                rs.getString("gathered_by"), rs.getObject("gathered_at", OffsetDateTime.class),
                rs.getString("released_by"), rs.getObject("released_at", OffsetDateTime.class),
                rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class), rs.getInt("export_count"),
                rs.getObject("settled_at", OffsetDateTime.class));
    }
}
