package org.bangfu.identification.internal;

import org.bangfu.identification.BankAccountRevealed;
import org.bangfu.identification.PhoneRevealed;
import org.bangfu.identification.payee.PayeeAccount;
import org.bangfu.identification.payee.Payees;
import org.springframework.transaction.annotation.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.bangfu.identification.AccountReveal;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.payee.PayeeAccount;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is paid for a file (name, phone, account), and the audited reveals of the phone and the account.
 */
@Component
class PayeeAccounts implements Payees {

    static final String FIND_CARD_LAST4 = """
            SELECT bank_card_last4 FROM hardship_case WHERE id = :caseId""";
    static final String LIST_PAYEES = """
            SELECT id, worker_name, phone_enc, bank_card_enc, card_holder_name FROM hardship_case WHERE id IN (:ids)""";
    static final String FIND_PHONE = """
            SELECT phone_enc FROM hardship_case WHERE id = :caseId""";
    static final String INSERT_PHONE_REVEAL = """
            INSERT INTO phone_reveal (subject, subject_id, revealed_by, reason, revealed_at)
            VALUES ('CASE', :caseId, :revealedBy, :reason, :revealedAt)""";
    static final String INSERT_ACCOUNT_REVEAL = """
            INSERT INTO bank_account_reveal (case_id, revealed_by, reason, revealed_at)
            VALUES (:caseId, :revealedBy, :reason, :revealedAt)""";
    static final String LIST_ACCOUNT_REVEALS = """
            SELECT * FROM bank_account_reveal WHERE case_id = :caseId ORDER BY id""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final CaseRecords records;

    PayeeAccounts(JdbcClient jdbc, FieldCipher cipher, Jurisdiction jurisdiction, ApplicationEventPublisher events,
                  CaseRecords records) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.records = records;
    }

    String bankCardLast4(long caseId) {
        return jdbc.sql(FIND_CARD_LAST4).param("caseId", caseId)
                .query(String.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public PayeeAccount payee(long caseId) {
        PayeeAccount payee = payees(List.of(caseId)).get(caseId);
        if (payee == null) {
            throw new NotFoundException("error.caseNotFound", caseId);
        }
        return payee;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PayeeAccount> payees(Collection<Long> caseIds) {
        Map<Long, PayeeAccount> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(caseIds));
        for (int from = 0; from < ids.size(); from += 5000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 5000));
            jdbc.sql(LIST_PAYEES).param("ids", chunk)
                    .query((rs, n) -> new PayeeAccount(rs.getLong("id"), rs.getString("worker_name"),
                            decryptOrNull(rs.getString("phone_enc")), BankAccount.of(cipher.decrypt(rs.getString("bank_card_enc")),
                            rs.getString("card_holder_name"))))
                    .list().forEach(p -> found.put(p.caseId(), p));
        }
        return found;
    }

    private String decryptOrNull(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }

    String revealPhone(long caseId, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        HardshipCase c = records.caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        String phone = decryptOrNull(jdbc.sql(FIND_PHONE).param("caseId", caseId)
                .query(String.class).optional().orElse(null));
        jdbc.sql(INSERT_PHONE_REVEAL).param("caseId", caseId).param("revealedBy", user.username())
                .param("reason", reason.trim()).param("revealedAt", records.now()).update();
        events.publishEvent(new PhoneRevealed(user.username(), caseId, c.unitId(), reason.trim()));
        return phone;
    }

    String revealBankAccount(long caseId, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        HardshipCase c = records.caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(INSERT_ACCOUNT_REVEAL)
                .param("caseId", caseId).param("revealedBy", user.username()).param("reason", reason.trim())
                .param("revealedAt", records.now()).update();
        events.publishEvent(new BankAccountRevealed(user.username(), caseId, c.unitId(), reason.trim()));
        return payee(caseId).account().number();
    }

    List<AccountReveal> accountReveals(long caseId) {
        return jdbc.sql(LIST_ACCOUNT_REVEALS).param("caseId", caseId)
                .query((rs, n) -> new AccountReveal(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("revealed_by"), rs.getString("reason"),
                        rs.getObject("revealed_at", OffsetDateTime.class))).list();
    }
}
