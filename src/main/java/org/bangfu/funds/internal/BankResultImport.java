package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.IntConsumer;

import org.bangfu.approval.AidService;
import org.bangfu.funds.BankResultImported;
import org.bangfu.funds.BatchStatus;
import org.bangfu.funds.FundsFaults;
import org.bangfu.funds.PaymentFailed;
import org.bangfu.funds.PaymentSettled;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.ResultImport;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.UploadContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A bank's result file for a released batch: read and checked as a whole (refused with the line and the reason,
 * nothing recorded), then each line paid or refused, the outcomes published for the waiting payment processes and
 * the SMS notices queued; runs in the transaction of {@link JdbcBatchService#importResult}.
 */
@Component
class BankResultImport {

    private static final int MAX_REPORTED_ERRORS = 200;

    static final String LOCK_BATCH = """
            SELECT id FROM payment_batch WHERE id = :batchId FOR UPDATE""";
    static final String COUNT_IMPORTS_OF_FILE = """
            SELECT COUNT(*) FROM bank_result_import WHERE batch_id = :batchId AND file_sha256 = :sha""";
    static final String LIST_EXPECTED_LINES = """
            SELECT l.id, l.payment_id, p.aid_request_id, p.allocation_id, l.amount, l.result, l.payment_key
            FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id WHERE l.batch_id = :batchId""";
    static final String MARK_LINE_PAID = """
            UPDATE payment_batch_line SET result = 'PAID', bank_reference = :bankReference, result_at = :at
            WHERE id = :lineId AND result = 'PENDING'""";
    static final String MARK_LINE_FAILED = """
            UPDATE payment_batch_line SET result = 'FAILED', result_reason = :reason, bank_reference = :bankReference,
            result_at = :at WHERE id = :lineId AND result = 'PENDING'""";
    /** Everything after the lines follows from the lines just answered, set-based. */
    static final String MARK_PAYMENTS_PAID = """
            UPDATE payment_record SET status = 'PAID', paid_at = :at, outcome_signalled = FALSE, bank_reference =
              (SELECT l.bank_reference FROM payment_batch_line l WHERE l.batch_id = :batchId
               AND l.payment_id = payment_record.id)
            WHERE batch_id = :batchId AND status = 'SENT' AND id IN
              (SELECT payment_id FROM payment_batch_line WHERE batch_id = :batchId AND result = 'PAID'
               AND result_at = :at)""";
    static final String MARK_PAYMENT_FAILED = """
            UPDATE payment_record SET status = 'FAILED', failure_reason = :reason,
            outcome_signalled = FALSE WHERE id = :paymentId AND status = 'SENT'""";
    static final String SPEND_RESERVED = """
            UPDATE fund_allocation SET reserved = reserved - :amount, spent = spent + :amount
            WHERE id = :allocationId AND reserved >= :amount""";
    static final String INSERT_PAYMENT_LEDGER_ENTRIES = """
            INSERT INTO fund_ledger (entry_type, allocation_id, source, unit_id, case_id, reference, amount, actor,
              occurred_at, note)
            SELECT 'PAYMENT', p.allocation_id, p.fund_source, p.paying_unit_id, p.case_id, l.payment_key, l.amount,
              :actor, :at, :batchNo
            FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id
            WHERE l.batch_id = :batchId AND l.result = 'PAID' AND l.result_at = :at""";
    static final String SETTLE_BATCH = """
            UPDATE payment_batch SET status = 'SETTLED', settled_at = :settledAt WHERE id = :batchId AND status = 'SENT'
            AND NOT EXISTS (SELECT 1 FROM payment_batch_line WHERE batch_id = :batchId AND result = 'PENDING')""";
    static final String INSERT_IMPORT = """
            INSERT INTO bank_result_import (batch_id, file_sha256, file_name, lines, paid, failed, imported_by,
              imported_at)
            VALUES (:batchId, :sha, :fileName, :lines, :paid, :failed, :importedBy, :importedAt)""";
    static final String LIST_ANSWERED_AWAITING = """
            SELECT p.id, p.idempotency_key, p.status, p.failure_reason FROM payment_batch_line l
            JOIN payment_record p ON p.id = l.payment_id WHERE l.batch_id = :batchId
            AND l.result_at = :at AND p.awaits_signal AND NOT p.outcome_signalled
            AND p.status IN (:answered) ORDER BY p.id""";
    /**
     * The notices of the lines just paid: {@code INSERT_SMS_NOTICES + message + SMS_NOTICES_OF_PAID_LINES}, the
     * message assembled only from the fixed fragments below (the template's text bound as {@code :text0},
     * {@code :text1}...).
     */
    static final String INSERT_SMS_NOTICES = """
            INSERT INTO sms_notice (payment_id, phone_enc, message, status, created_at)
            SELECT p.id, COALESCE(p.payee_phone_enc, c.phone_enc),\s""";
    static final String SMS_NOTICES_OF_PAID_LINES = """
            , 'PENDING', :at
            FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id
            LEFT JOIN hardship_case c ON c.id = p.case_id
            WHERE l.batch_id = :batchId AND l.result = 'PAID' AND l.result_at = :at
            AND COALESCE(p.payee_phone_enc, c.phone_enc) IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM sms_notice s WHERE s.payment_id = p.id)""";
    static final String SMS_AMOUNT = "CAST(p.amount AS VARCHAR(20))";
    static final String SMS_CARD_LAST4 = "p.card_last4";
    static final String SMS_PAYEE_NAME = "p.payee_name";
    static final String SMS_EMPTY = "''";
    static final String SMS_CONCAT = " || ";

    private record Expected(long lineId, long paymentId, long allocationId, Long requestId, BigDecimal amount,
                            String result) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final BankFileCodec codec;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final FundsFaults faults;
    private final Clock clock;
    private final String smsTemplate;
    private final FieldCipher cipher;
    private final JdbcBatchService batches;
    private final AidService aid;

    BankResultImport(JdbcClient jdbc, JdbcTemplate template, BankFileCodec codec, Jurisdiction jurisdiction,
                     ApplicationEventPublisher events, FundsFaults faults, Clock clock, FieldCipher cipher,
                     @org.springframework.context.annotation.Lazy JdbcBatchService batches, AidService aid,
                     @org.springframework.beans.factory.annotation.Value("${bangfu.sms.paid-template}")
                     String smsTemplate) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(template);
        this.codec = codec;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.faults = faults;
        this.clock = clock;
        this.cipher = cipher;
        this.batches = batches;
        this.aid = aid;
        this.smsTemplate = smsTemplate;
    }

    ResultImport importResult(long batchId, byte[] file, Charset encoding, String fileName, CurrentUser user,
                                     IntConsumer progress) {
        jurisdiction.requireAnyRole(user, Role.FINANCE);
        PaymentBatch batch = batches.batch(batchId, user);
        if (batch.unitId() != user.unit().id()) {
            throw new ForbiddenException("error.batch.otherUnit", batch.batchNo());
        }
        // one import per batch at a time: a second one waits here, then finds the file already applied
        jdbc.sql(LOCK_BATCH).param("batchId", batchId).query(Long.class).single();
        batch = batches.batch(batchId);
        if (file == null || file.length == 0) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.empty"));
        }
        UploadContent.require("file", file, Set.of(UploadContent.Kind.CSV), "input.upload.kinds.csv");
        String sha = sha256(file);
        if (jdbc.sql(COUNT_IMPORTS_OF_FILE)
                .param("batchId", batchId).param("sha", sha).query(Integer.class).single() > 0) {
            return new ResultImport(batchId, 0, 0, 0, true);
        }
        if (batch.status() != BatchStatus.SENT && batch.status() != BatchStatus.SETTLED) {
            throw new InvalidInputException(FieldError.of("file", "validation.bankResult.notSent", batch.batchNo()));
        }
        List<ResultLine> results = codec.read(file, encoding, progress);
        Map<String, Expected> expected = new HashMap<>();
        jdbc.sql(LIST_EXPECTED_LINES).param("batchId", batchId).query(
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    long request = rs.getLong(3);
                    Long requestId = rs.wasNull() ? null : request;
                    expected.put(rs.getString(7), new Expected(rs.getLong(1), rs.getLong(2), rs.getLong(4),
                            requestId, rs.getBigDecimal(5), rs.getString(6)));
                });
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
        List<MapSqlParameterSource> paidLines = new ArrayList<>();
        List<MapSqlParameterSource> failedLines = new ArrayList<>();
        List<MapSqlParameterSource> failedPayments = new ArrayList<>();
        List<Long> paidRequests = new ArrayList<>();
        Map<Long, BigDecimal> spentByAllocation = new LinkedHashMap<>();
        BigDecimal paidAmount = BigDecimal.ZERO;
        for (ResultLine line : toApply) {
            Expected e = expected.get(line.paymentKey());
            if (line.paid()) {
                paidLines.add(new MapSqlParameterSource("bankReference", line.bankReference()).addValue("at", at)
                        .addValue("lineId", e.lineId()));
                spentByAllocation.merge(e.allocationId(), e.amount(), BigDecimal::add);
                paidAmount = paidAmount.add(e.amount());
                if (e.requestId() != null) {
                    paidRequests.add(e.requestId());
                }
            } else {
                failedLines.add(new MapSqlParameterSource("reason", line.reason().trim())
                        .addValue("bankReference", line.bankReference()).addValue("at", at)
                        .addValue("lineId", e.lineId()));
                failedPayments.add(new MapSqlParameterSource("reason", line.reason().trim())
                        .addValue("paymentId", e.paymentId()));
            }
        }
        named.batchUpdate(MARK_LINE_PAID, paidLines.toArray(MapSqlParameterSource[]::new));
        named.batchUpdate(MARK_LINE_FAILED, failedLines.toArray(MapSqlParameterSource[]::new));
        // everything else follows from the lines just answered, set-based (a 100,000-line file stays well in time)
        jdbc.sql(MARK_PAYMENTS_PAID).param("at", at).param("batchId", batchId).update();
        named.batchUpdate(MARK_PAYMENT_FAILED, failedPayments.toArray(MapSqlParameterSource[]::new));
        for (Map.Entry<Long, BigDecimal> spent : spentByAllocation.entrySet()) {
            int changed = jdbc.sql(SPEND_RESERVED)
                    .param("amount", spent.getValue()).param("allocationId", spent.getKey()).update();
            if (changed == 0) {
                throw new ConflictException("error.fundsNotReserved", spent.getKey(), spent.getValue().toPlainString());
            }
        }
        jdbc.sql(INSERT_PAYMENT_LEDGER_ENTRIES).param("actor", user.username()).param("at", at)
                .param("batchNo", batch.batchNo()).param("batchId", batchId).update();
        insertSmsNotices(batchId, at);
        aid.markPaid(paidRequests);
        jdbc.sql(SETTLE_BATCH).param("settledAt", now).param("batchId", batchId).update();
        jdbc.sql(INSERT_IMPORT).param("batchId", batchId).param("sha", sha)
                .param("fileName", fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200)
                        : fileName).param("lines", results.size()).param("paid", paidLines.size())
                .param("failed", failedLines.size()).param("importedBy", user.username()).param("importedAt", now)
                .update();
        events.publishEvent(new BankResultImported(batchId, batch.batchNo(), batch.unitId(), paidLines.size(),
                failedLines.size(), paidAmount, user.username()));
        publishOutcomes(batchId, at);
        faults.after(FundsFaults.Step.IMPORT);
        return new ResultImport(batchId, results.size(), paidLines.size(), failedLines.size(), false);
    }

    /** The answers just recorded for lines whose process waits for them, one event per line. */
    private void publishOutcomes(long batchId, Timestamp at) {
        jdbc.sql(LIST_ANSWERED_AWAITING)
                .param("batchId", batchId).param("at", at)
                .param("answered", List.of(PaymentStatus.PAID.name(), PaymentStatus.FAILED.name()))
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
        Map<String, Object> params = new HashMap<>();
        StringBuilder message = new StringBuilder();
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{([012])\\}").matcher(smsTemplate);
        int from = 0;
        while (placeholder.find()) {
            append(message, params, smsTemplate.substring(from, placeholder.start()));
            message.append(message.isEmpty() ? "" : SMS_CONCAT).append(switch (placeholder.group(1)) {
                case "0" -> SMS_AMOUNT;
                case "1" -> SMS_CARD_LAST4;
                default -> SMS_PAYEE_NAME;
            });
            from = placeholder.end();
        }
        append(message, params, smsTemplate.substring(from));
        params.put("at", at);
        params.put("batchId", batchId);
        jdbc.sql(INSERT_SMS_NOTICES + (message.isEmpty() ? SMS_EMPTY : message) + SMS_NOTICES_OF_PAID_LINES)
                .params(params).update();
    }

    /** A piece of the template's own text: bound as {@code :text0}, {@code :text1}... never written into the SQL. */
    private static void append(StringBuilder message, Map<String, Object> params, String literal) {
        if (!literal.isEmpty()) {
            String name = "text" + params.size();
            message.append(message.isEmpty() ? "" : SMS_CONCAT).append("CAST(:").append(name)
                    .append(" AS VARCHAR(300))");
            params.put(name, literal);
        }
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
