package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.bangfu.approval.AidService;
import org.bangfu.funds.BankFile;
import org.bangfu.funds.BatchLine;
import org.bangfu.funds.BatchReconciliation;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.BatchStatus;
import org.bangfu.funds.FundsFaults;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    static final String LOCK_WAITING_PAYMENTS = """
            SELECT id, case_id, idempotency_key, amount, payee_name, payee_account_enc FROM payment_record
            WHERE paying_unit_id = :unitId AND status = 'APPROVED' ORDER BY id FOR UPDATE""";
    static final String INSERT_BATCH = """
            INSERT INTO payment_batch (batch_no, unit_id, status, line_count, total, gathered_by, gathered_at)
            VALUES (:batchNo, :unitId, 'GATHERED', :lineCount, :total, :gatheredBy, :gatheredAt)""";
    static final String SET_BATCH_NO = """
            UPDATE payment_batch SET batch_no = :batchNo WHERE id = :batchId""";
    static final String INSERT_BATCH_LINE = """
            INSERT INTO payment_batch_line (batch_id, line_no, payment_id, payment_key, amount, payee_name, account_enc,
              account_last4)
            VALUES (:batchId, :lineNo, :paymentId, :paymentKey, :amount, :payeeName, :accountEnc, :accountLast4)""";
    static final String MARK_PAYMENTS_BATCHED = """
            UPDATE payment_record SET status = 'BATCHED', batch_id = :batchId WHERE id IN
              (SELECT payment_id FROM payment_batch_line WHERE batch_id = :batchId) AND status = 'APPROVED'""";
    static final String RELEASE_BATCH = """
            UPDATE payment_batch SET status = 'RELEASED', released_by = :releasedBy, released_at = :releasedAt
            WHERE id = :batchId AND status = 'GATHERED'""";
    static final String DISCARD_BATCH = """
            UPDATE payment_batch SET status = 'DISCARDED' WHERE id = :batchId AND status = 'GATHERED'""";
    static final String UNBATCH_PAYMENTS = """
            UPDATE payment_record SET status = 'APPROVED', batch_id = NULL WHERE batch_id = :batchId
            AND status = 'BATCHED'""";
    static final String LIST_EXPORT_LINES = """
            SELECT l.line_no, l.payment_key, l.account_enc, l.payee_name, l.amount, p.purpose
            FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id
            WHERE l.batch_id = :batchId ORDER BY l.line_no""";
    static final String MARK_BATCH_SENT = """
            UPDATE payment_batch SET status = 'SENT', sent_by = :sentBy, sent_at = :sentAt
            WHERE id = :batchId AND status = 'RELEASED'""";
    static final String MARK_PAYMENTS_SENT = """
            UPDATE payment_record SET status = 'SENT', attempts = attempts + 1 WHERE batch_id = :batchId
            AND status = 'BATCHED'""";
    static final String COUNT_EXPORT = """
            UPDATE payment_batch SET export_count = export_count + 1 WHERE id = :batchId""";
    static final String LIST_BATCHES = """
            SELECT b.* FROM payment_batch b JOIN org_unit u ON u.id = b.unit_id WHERE u.path LIKE :subtree
            ORDER BY b.id DESC""";
    static final String PAGE_BATCHES = """
            SELECT b.* FROM payment_batch b JOIN org_unit u ON u.id = b.unit_id WHERE u.path LIKE :subtree
            ORDER BY b.id DESC LIMIT :limit OFFSET :offset""";
    static final String COUNT_BATCHES = """
            SELECT COUNT(*) FROM payment_batch b JOIN org_unit u ON u.id = b.unit_id WHERE u.path LIKE :subtree""";
    static final String FIND_BATCH = """
            SELECT * FROM payment_batch WHERE id = :batchId""";
    static final String LIST_BATCH_LINES = """
            SELECT l.*, c.case_no FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id
            LEFT JOIN hardship_case c ON c.id = p.case_id WHERE l.batch_id = :batchId ORDER BY l.line_no""";
    static final String PAGE_BATCH_LINES = """
            SELECT l.*, c.case_no FROM payment_batch_line l JOIN payment_record p ON p.id = l.payment_id
            LEFT JOIN hardship_case c ON c.id = p.case_id WHERE l.batch_id = :batchId ORDER BY l.line_no
            LIMIT :limit OFFSET :offset""";
    static final String COUNT_BATCH_LINES = """
            SELECT COUNT(*) FROM payment_batch_line l WHERE l.batch_id = :batchId""";
    /** What a reconciliation row sums over a batch {@code b} and its lines {@code l}. */
    static final String RECONCILIATION_SUMS = """
            SELECT b.id, b.batch_no, b.status,
              COUNT(l.id) AS sent_count, COALESCE(SUM(l.amount), 0) AS sent_amount,
              COUNT(l.id) FILTER (WHERE l.result = 'PAID') AS paid_count,
              COALESCE(SUM(l.amount) FILTER (WHERE l.result = 'PAID'), 0) AS paid_amount,
              COUNT(l.id) FILTER (WHERE l.result = 'FAILED') AS failed_count,
              COALESCE(SUM(l.amount) FILTER (WHERE l.result = 'FAILED'), 0) AS failed_amount,
              COALESCE((SELECT SUM(g.amount) FROM fund_ledger g WHERE g.entry_type = 'PAYMENT'
                        AND g.note = b.batch_no), 0) AS ledger_paid
            """;
    static final String RECONCILIATION = RECONCILIATION_SUMS + """
            FROM payment_batch b JOIN org_unit u ON u.id = b.unit_id
            LEFT JOIN payment_batch_line l ON l.batch_id = b.id
            WHERE u.path LIKE :subtree AND b.status IN (:reconciled)
            GROUP BY b.id, b.batch_no, b.status ORDER BY b.id DESC""";
    /** One page of {@link #RECONCILIATION}: the page's batches are chosen first, then only they are summed. */
    static final String PAGE_RECONCILIATION = RECONCILIATION_SUMS + """
            FROM (SELECT p.id, p.batch_no, p.status FROM payment_batch p JOIN org_unit u ON u.id = p.unit_id
                  WHERE u.path LIKE :subtree AND p.status IN (:reconciled)
                  ORDER BY p.id DESC LIMIT :limit OFFSET :offset) b
            LEFT JOIN payment_batch_line l ON l.batch_id = b.id
            GROUP BY b.id, b.batch_no, b.status ORDER BY b.id DESC""";
    static final String COUNT_RECONCILIATION = """
            SELECT COUNT(*) FROM payment_batch b JOIN org_unit u ON u.id = b.unit_id
            WHERE u.path LIKE :subtree AND b.status IN (:reconciled)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
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
    private final BankResultImport results;

    JdbcBatchService(JdbcClient jdbc, JdbcTemplate template, org.bangfu.identification.payee.Payees payeeAccounts, IdentificationService identification, AidService aid,
                     FieldCipher cipher, BankFileCodec codec, Jurisdiction jurisdiction,
                     ApplicationEventPublisher events, FundsFaults faults, Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${bangfu.sms.paid-template}")
                     String smsTemplate, BankResultImport results) {
        this.smsTemplate = smsTemplate;
        this.results = results;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(template);
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
        List<Waiting> lines = jdbc.sql(LOCK_WAITING_PAYMENTS)
                .param("unitId", unitId)
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
        jdbc.sql(INSERT_BATCH)
                .param("batchNo", "PB-" + java.util.UUID.randomUUID()).param("unitId", unitId)
                .param("lineCount", lines.size()).param("total", total).param("gatheredBy", finance.username())
                .param("gatheredAt", now)
                .update(keys, "id");
        long batchId = keys.getKey().longValue();
        String batchNo = "PB" + now.atZoneSameInstant(clock.getZone()).toLocalDate()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd")) + "-" + batchId;
        jdbc.sql(SET_BATCH_NO).param("batchNo", batchNo).param("batchId", batchId).update();
        List<MapSqlParameterSource> rows = new ArrayList<>(lines.size());
        int lineNo = 0;
        for (Waiting line : lines) {
            if (line.caseId() == null) {
                // a payee without a file: the account registered with the grant (encrypted the same way)
                String number = cipher.decrypt(line.accountEnc());
                rows.add(line(batchId, ++lineNo, line, line.payeeName(), line.accountEnc(),
                        number.substring(number.length() - 4)));
                continue;
            }
            PayeeAccount payee = payees.get(line.caseId());
            rows.add(line(batchId, ++lineNo, line, payee.account().holderName(),
                    cipher.encrypt(payee.account().number()), payee.account().last4()));
        }
        named.batchUpdate(INSERT_BATCH_LINE, rows.toArray(MapSqlParameterSource[]::new));
        jdbc.sql(MARK_PAYMENTS_BATCHED).param("batchId", batchId).update();
        faults.after(FundsFaults.Step.GATHER);
        return batch(batchId);
    }

    private static MapSqlParameterSource line(long batchId, int lineNo, Waiting line, String payeeName,
                                              String accountEnc, String accountLast4) {
        return new MapSqlParameterSource().addValue("batchId", batchId).addValue("lineNo", lineNo)
                .addValue("paymentId", line.id()).addValue("paymentKey", line.key()).addValue("amount", line.amount())
                .addValue("payeeName", payeeName).addValue("accountEnc", accountEnc)
                .addValue("accountLast4", accountLast4);
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
        int changed = jdbc.sql(RELEASE_BATCH).param("releasedBy", user.username())
                .param("releasedAt", OffsetDateTime.now(clock)).param("batchId", batchId).update();
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
        int changed = jdbc.sql(DISCARD_BATCH).param("batchId", batchId).update();
        if (changed == 0) {
            throw new ConflictException("error.batch.state", batch.batchNo(), batch.status());
        }
        jdbc.sql(UNBATCH_PAYMENTS).param("batchId", batchId).update();
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
        jdbc.sql(LIST_EXPORT_LINES).param("batchId", batchId).query(
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    lines.add(new ExportLine(rs.getInt(1), rs.getString(2), cipher.decrypt(rs.getString(3)),
                            rs.getString(4), rs.getBigDecimal(5), rs.getString(6), batch.batchNo()));
                });
        byte[] content = codec.write(lines, encoding);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = jdbc.sql(MARK_BATCH_SENT)
                .param("sentBy", user.username()).param("sentAt", now).param("batchId", batchId).update();
        if (sent > 0) {
            jdbc.sql(MARK_PAYMENTS_SENT).param("batchId", batchId).update();
        }
        jdbc.sql(COUNT_EXPORT).param("batchId", batchId).update();
        faults.after(FundsFaults.Step.EXPORT);
        return new BankFile(codec.fileName(batch.batchNo(), encoding), encoding.name(), content, lines.size());
    }

    @Override
    @Transactional
    public ResultImport importResult(long batchId, byte[] file, Charset encoding, String fileName, CurrentUser user,
                                     IntConsumer progress) {
        return results.importResult(batchId, file, encoding, fileName, user, progress);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentBatch> batches(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.APPROVER, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(LIST_BATCHES)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").query(JdbcBatchService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentBatch> batches(CurrentUser user, int offset, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.APPROVER, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(PAGE_BATCHES)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").param("limit", limit)
                .param("offset", offset).query(JdbcBatchService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int batchCount(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.APPROVER, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(COUNT_BATCHES).param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query(Long.class).single().intValue();
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentBatch batch(long batchId, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.APPROVER, Role.AUDITOR, Role.ADMIN);
        PaymentBatch batch = batch(batchId);
        jurisdiction.requireCovers(user, batch.unitId());
        return batch;
    }

    PaymentBatch batch(long batchId) {
        return jdbc.sql(FIND_BATCH).param("batchId", batchId).query(JdbcBatchService::row)
                .optional().orElseThrow(() -> new NotFoundException("error.batchNotFound", batchId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchLine> lines(long batchId, CurrentUser user) {
        batch(batchId, user);
        return jdbc.sql(LIST_BATCH_LINES)
                .param("batchId", batchId).query(JdbcBatchService::lineRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchLine> lines(long batchId, CurrentUser user, int offset, int limit) {
        batch(batchId, user);
        return jdbc.sql(PAGE_BATCH_LINES).param("batchId", batchId).param("limit", limit).param("offset", offset)
                .query(JdbcBatchService::lineRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int lineCount(long batchId, CurrentUser user) {
        batch(batchId, user);
        return jdbc.sql(COUNT_BATCH_LINES).param("batchId", batchId).query(Long.class).single().intValue();
    }

    private static BatchLine lineRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BatchLine(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("line_no"),
                rs.getLong("payment_id"), rs.getString("payment_key"), rs.getString("case_no"),
                rs.getBigDecimal("amount"), rs.getString("payee_name"),
                BankCardNumber.maskedOf(rs.getString("account_last4")),
                BatchLine.LineResult.valueOf(rs.getString("result")), rs.getString("result_reason"),
                rs.getString("bank_reference"), rs.getObject("result_at", OffsetDateTime.class));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchReconciliation> reconciliation(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(RECONCILIATION)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .param("reconciled", List.of(BatchStatus.SENT.name(), BatchStatus.SETTLED.name()))
                .query(JdbcBatchService::reconciliationRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchReconciliation> reconciliation(CurrentUser user, int offset, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(PAGE_RECONCILIATION)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .param("reconciled", List.of(BatchStatus.SENT.name(), BatchStatus.SETTLED.name()))
                .param("limit", limit).param("offset", offset)
                .query(JdbcBatchService::reconciliationRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int reconciliationCount(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(COUNT_RECONCILIATION)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .param("reconciled", List.of(BatchStatus.SENT.name(), BatchStatus.SETTLED.name()))
                .query(Long.class).single().intValue();
    }

    private static BatchReconciliation reconciliationRow(ResultSet rs, int n) throws SQLException {
        return new BatchReconciliation(rs.getLong("id"), rs.getString("batch_no"),
                BatchStatus.valueOf(rs.getString("status")), rs.getInt("sent_count"),
                rs.getBigDecimal("sent_amount"), rs.getInt("paid_count"), rs.getBigDecimal("paid_amount"),
                rs.getInt("failed_count"), rs.getBigDecimal("failed_amount"), rs.getBigDecimal("ledger_paid"));
    }

    static PaymentBatch row(ResultSet rs, int n) throws SQLException {
        return new PaymentBatch(rs.getLong("id"), rs.getString("batch_no"), rs.getLong("unit_id"),
                BatchStatus.valueOf(rs.getString("status")), rs.getInt("line_count"), rs.getBigDecimal("total"),
                rs.getString("gathered_by"), rs.getObject("gathered_at", OffsetDateTime.class),
                rs.getString("released_by"), rs.getObject("released_at", OffsetDateTime.class),
                rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class), rs.getInt("export_count"),
                rs.getObject("settled_at", OffsetDateTime.class));
    }
}
