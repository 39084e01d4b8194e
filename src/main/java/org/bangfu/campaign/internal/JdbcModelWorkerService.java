package org.bangfu.campaign.internal;

import org.bangfu.shared.PhoneNumbers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.campaign.ModelWorker;
import org.bangfu.campaign.ModelWorkerCommand;
import org.bangfu.campaign.ModelWorkerHonour;
import org.bangfu.campaign.ModelWorkerPhoneRevealed;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model-worker list, validated like a hardship file's applicant: resident ID (encrypted, with its search hash
 * to keep an ID on the list once), 11-digit mobile, a real-name account. The birth date comes from the resident ID.
 */
@Service
class JdbcModelWorkerService implements ModelWorkerService {

    static final int FIRST_HONOUR_YEAR = 1950;
    static final String SELECT_WORKER = """
            SELECT m.id, m.unit_id, m.name, m.resident_id_masked, m.birth_date, m.honour,
              m.honour_year, m.phone_masked, m.card_holder_name, m.bank_account_last4, m.bank_account_kind
            FROM model_worker m
            """;
    static final String LIST_WORKERS_OF_SUBTREE = SELECT_WORKER + """
            JOIN org_unit u ON u.id = m.unit_id
            WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = :unitId) || '%' ORDER BY m.name, m.id""";
    static final String PAGE_WORKERS_OF_SUBTREE = LIST_WORKERS_OF_SUBTREE + " LIMIT :limit OFFSET :offset";
    static final String COUNT_WORKERS_OF_SUBTREE = """
            SELECT COUNT(*) FROM model_worker m JOIN org_unit u ON u.id = m.unit_id
            WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = :unitId) || '%'""";
    static final String FIND_WORKER = SELECT_WORKER + "WHERE m.id = :workerId";
    static final String LIST_SENIORS_OF_SUBTREE = SELECT_WORKER + """
            JOIN org_unit u ON u.id = m.unit_id
            WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = :unitId) || '%' AND m.birth_date <= :bornBy
            ORDER BY m.name, m.id""";
    static final String PAGE_SENIORS_OF_SUBTREE = LIST_SENIORS_OF_SUBTREE + " LIMIT :limit OFFSET :offset";
    static final String COUNT_SENIORS_OF_SUBTREE = COUNT_WORKERS_OF_SUBTREE + " AND m.birth_date <= :bornBy";
    static final String INSERT_WORKER = """
            INSERT INTO model_worker (unit_id, name, resident_id_enc, resident_id_hash, resident_id_masked,
              birth_date, honour, honour_year, phone_enc, phone_masked, card_holder_name, bank_account_enc,
              bank_account_last4, bank_account_kind, added_by, added_at)
            VALUES (:unitId, :name, :residentIdEnc, :residentIdHash, :residentIdMasked,
              :birthDate, :honour, :honourYear, :phoneEnc, :phoneMasked, :cardHolderName, :bankAccountEnc,
              :bankAccountLast4, :bankAccountKind, :addedBy, :addedAt)""";
    static final String COUNT_LISTED = """
            SELECT COUNT(*) FROM model_worker WHERE resident_id_hash IN (:hashes)""";
    static final String COUNT_UNIT = """
            SELECT COUNT(*) FROM org_unit WHERE id = :unitId""";
    static final String INSERT_PHONE_REVEAL = """
            INSERT INTO phone_reveal (subject, subject_id, revealed_by, reason, revealed_at)
            VALUES ('MODEL_WORKER', :workerId, :revealedBy, :reason, :revealedAt)""";
    static final String FIND_PAYEE = """
            SELECT id, name, resident_id_enc, phone_enc, card_holder_name, bank_account_enc, bank_account_kind
            FROM model_worker WHERE id = :workerId""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Jurisdiction jurisdiction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcModelWorkerService(JdbcClient jdbc, FieldCipher cipher, Jurisdiction jurisdiction, Clock clock,
                           ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.cipher = cipher;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ModelWorker add(ModelWorkerCommand command, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        List<FieldError> errors = problems(command, user);
        InvalidInputException.throwIfAny(errors);
        ResidentId residentId = new ResidentId(command.residentId().trim());
        BankAccount account = BankAccount.of(command.accountNumber(), command.cardHolderName());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql(INSERT_WORKER)
                    .param("unitId", command.unitId()).param("name", command.name().trim())
                    .param("residentIdEnc", cipher.encrypt(residentId.value()))
                    .param("residentIdHash", cipher.searchHash(residentId.value()))
                    .param("residentIdMasked", residentId.masked()).param("birthDate", residentId.birthDate())
                    .param("honour", command.honour().name()).param("honourYear", command.honourYear())
                    .param("phoneEnc", cipher.encrypt(command.phone().trim()))
                    .param("phoneMasked", PhoneNumbers.masked(command.phone()))
                    .param("cardHolderName", account.holderName())
                    .param("bankAccountEnc", cipher.encrypt(account.number()))
                    .param("bankAccountLast4", account.last4()).param("bankAccountKind", account.kind().name())
                    .param("addedBy", user.username()).param("addedAt", OffsetDateTime.now(clock))
                    .update(keys, "id");
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(FieldError.of("residentId", "validation.modelWorker.listedTwice"));
        }
        return get(keys.getKey().longValue());
    }

    private List<FieldError> problems(ModelWorkerCommand c, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        if (c.unitId() == null) {
            errors.add(FieldError.of("unitId", "validation.required"));
        } else if (!unitExists(c.unitId()) || !jurisdiction.covers(user, c.unitId())) {
            errors.add(FieldError.of("unitId", "validation.modelWorker.unitOutside"));
        }
        TextInput.required(errors, "name", c.name(), 50);
        ResidentId.problemWith(c.residentId()).ifPresentOrElse(
                key -> errors.add(FieldError.of("residentId", key)), () -> {
                    List<String> hashes = cipher.searchHashes(c.residentId().trim().toUpperCase());
                    if (jdbc.sql(COUNT_LISTED)
                            .param("hashes", hashes)
                            .query(Integer.class).single() > 0) {
                        errors.add(FieldError.of("residentId", "validation.modelWorker.listedTwice"));
                    }
                });
        if (c.honour() == null) {
            errors.add(FieldError.of("honour", "validation.required"));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (c.honourYear() == null) {
            errors.add(FieldError.of("honourYear", "validation.required"));
        } else if (c.honourYear() < FIRST_HONOUR_YEAR || c.honourYear() > thisYear) {
            errors.add(FieldError.of("honourYear", "validation.modelWorker.honourYear", String.valueOf(FIRST_HONOUR_YEAR),
                    String.valueOf(thisYear)));
        }
        if (c.phone() == null || c.phone().isBlank()) {
            errors.add(FieldError.of("phone", "validation.required"));
        } else if (!c.phone().trim().matches("1\\d{10}")) {
            errors.add(FieldError.of("phone", "validation.phone.format"));
        }
        errors.addAll(BankAccount.problems(c.accountNumber(), c.cardHolderName(), c.name(),
                c.confirmNonCardAccount()));
        return errors;
    }

    private boolean unitExists(long unitId) {
        return jdbc.sql(COUNT_UNIT).param("unitId", unitId).query(Integer.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelWorker> list(long unitId, CurrentUser user) {
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(LIST_WORKERS_OF_SUBTREE)
                .param("unitId", unitId).query(JdbcModelWorkerService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelWorker> seniors(long unitId, java.time.LocalDate day, CurrentUser user) {
        jurisdiction.requireCovers(user, unitId);
        // aged SENIOR_AGE on the day exactly when born on or before the day that many years earlier
        return jdbc.sql(LIST_SENIORS_OF_SUBTREE).param("unitId", unitId)
                .param("bornBy", day.minusYears(SENIOR_AGE)).query(JdbcModelWorkerService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelWorker> page(long unitId, java.time.LocalDate seniorsOn, CurrentUser user, int offset,
                                  int limit) {
        jurisdiction.requireCovers(user, unitId);
        JdbcClient.StatementSpec spec = seniorsOn == null ? jdbc.sql(PAGE_WORKERS_OF_SUBTREE)
                : jdbc.sql(PAGE_SENIORS_OF_SUBTREE).param("bornBy", seniorsOn.minusYears(SENIOR_AGE));
        return spec.param("unitId", unitId).param("limit", limit).param("offset", offset)
                .query(JdbcModelWorkerService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int count(long unitId, java.time.LocalDate seniorsOn, CurrentUser user) {
        jurisdiction.requireCovers(user, unitId);
        JdbcClient.StatementSpec spec = seniorsOn == null ? jdbc.sql(COUNT_WORKERS_OF_SUBTREE)
                : jdbc.sql(COUNT_SENIORS_OF_SUBTREE).param("bornBy", seniorsOn.minusYears(SENIOR_AGE));
        return spec.param("unitId", unitId).query(Long.class).single().intValue();
    }

    @Override
    @Transactional(readOnly = true)
    public ModelWorker get(long id) {
        return jdbc.sql(FIND_WORKER).param("workerId", id)
                .query(JdbcModelWorkerService::row).optional()
                .orElseThrow(() -> new NotFoundException("campaign.modelWorker.notFound", id));
    }

    @Override
    @Transactional
    public String revealPhone(long id, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        ModelWorker worker = get(id);
        jurisdiction.requireCovers(user, worker.unitId());
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(INSERT_PHONE_REVEAL)
                .param("workerId", id).param("revealedBy", user.username()).param("reason", reason.trim())
                .param("revealedAt", OffsetDateTime.now(clock)).update();
        events.publishEvent(new ModelWorkerPhoneRevealed(user.username(), worker.unitId(), id, reason.trim()));
        return payee(id).phone();
    }

    @Override
    @Transactional(readOnly = true)
    public Payee payee(long id) {
        return jdbc.sql(FIND_PAYEE).param("workerId", id)
                .query((rs, n) -> new Payee(rs.getLong("id"), rs.getString("name"),
                        cipher.decrypt(rs.getString("resident_id_enc")),
                        rs.getString("phone_enc") == null ? null : cipher.decrypt(rs.getString("phone_enc")),
                        new BankAccount(cipher.decrypt(rs.getString("bank_account_enc")),
                                rs.getString("card_holder_name"),
                                BankAccount.Kind.valueOf(rs.getString("bank_account_kind")))))
                .optional().orElseThrow(() -> new NotFoundException("campaign.modelWorker.notFound", id));
    }

    private static ModelWorker row(ResultSet rs, int n) throws SQLException {
        return new ModelWorker(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                rs.getString("resident_id_masked"), rs.getObject("birth_date", LocalDate.class),
                ModelWorkerHonour.valueOf(rs.getString("honour")), rs.getInt("honour_year"), rs.getString("phone_masked"),
                rs.getString("card_holder_name"), rs.getString("bank_account_last4"),
                BankAccount.Kind.valueOf(rs.getString("bank_account_kind")));
    }
}
