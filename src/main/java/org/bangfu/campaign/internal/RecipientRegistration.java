package org.bangfu.campaign.internal;

import org.bangfu.campaign.CampaignPayeeRegistered;
import org.bangfu.campaign.CampaignPayeeRemoved;
import static org.bangfu.campaign.internal.CampaignRecords.requireStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientCommand;
import org.bangfu.campaign.RecipientOrigin;
import org.bangfu.campaign.internal.CampaignRecords.Participant;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.payee.PayeeAccount;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.PhoneNumbers;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Registers the recipients of a participating unit (from a file, the model-worker list or entered) and
 * removes them while the unit is registering.
 */
@Component
class RecipientRegistration {

    /** The file's own resident ID, which the payee key hashes. */
    static final String FIND_FILE_RESIDENT_ID = """
            SELECT resident_id_enc FROM hardship_case WHERE id = :caseId""";
    static final String FIND_DELEGATION_CAMPAIGN = """
            SELECT campaign_id FROM delegation WHERE id = :delegationId""";
    static final String SUM_UNIT_BUDGET = """
            SELECT COALESCE(SUM(amount), 0) FROM campaign_budget WHERE campaign_id = :campaignId AND unit_id = :unitId""";
    static final String SUM_REGISTERED_CASH = """
            SELECT COALESCE(SUM(r.cash), 0) FROM campaign_recipient r
            JOIN org_unit u ON u.id = r.unit_id WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree""";
    static final String FIND_PAYEE = """
            SELECT id FROM campaign_recipient WHERE campaign_id = :campaignId AND payee_key IN (:keys)""";
    static final String INSERT_RECIPIENT = """
            INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, case_id, model_worker_id,
              delegation_id, organisation, name, payee_key, resident_id_enc, resident_id_masked, phone_enc,
              phone_masked, card_holder_name, account_enc, account_last4, account_kind, cash, goods_value, goods_note,
              registered_by, registered_at)
            VALUES (:campaignId, :unitId, :target, :origin, :caseId, :modelWorkerId,
              :delegationId, :organisation, :name, :payeeKey, :residentIdEnc, :residentIdMasked, :phoneEnc,
              :phoneMasked, :cardHolderName, :accountEnc, :accountLast4, :accountKind, :cash, :goodsValue, :goodsNote,
              :registeredBy, :registeredAt)""";
    static final String DELETE_UNPAID_RECIPIENT = """
            DELETE FROM campaign_recipient WHERE id = :recipientId AND payment_id IS NULL""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final IdentificationService files;
    private final org.bangfu.identification.payee.Payees payees;
    private final ModelWorkerService modelWorkers;
    private final FieldCipher cipher;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CampaignRecords records;
    private final RecipientRecords recipients;

    RecipientRegistration(JdbcClient jdbc, Jurisdiction jurisdiction, org.bangfu.identification.payee.Payees payees, IdentificationService files,
                          ModelWorkerService modelWorkers, FieldCipher cipher, Clock clock,
                          ApplicationEventPublisher events, CampaignRecords records, RecipientRecords recipients) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.files = files;
        this.payees = payees;
        this.modelWorkers = modelWorkers;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
        this.records = records;
        this.recipients = recipients;
    }

    Recipient register(long campaignId, long unitId, RecipientCommand c, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        Campaign campaign = records.campaign(campaignId, user);
        List<FieldError> errors = new ArrayList<>();
        if (c == null || c.target() == null) {
            throw new InvalidInputException(FieldError.of("target", "validation.required"));
        }
        RecipientOrigin origin = c.origin() == null ? RecipientOrigin.ENTERED : c.origin();
        long recipientUnit = unitId;
        String name;
        String residentId = null;
        String fileResidentId = null;
        String phone;
        BankAccount account = null;
        Long caseId = null;
        Long modelWorkerId = null;
        switch (origin) {
            case FILE -> {
                if (c.caseId() == null) {
                    throw new InvalidInputException(FieldError.of("caseId", "validation.required"));
                }
                HardshipCase file = files.caseById(c.caseId());
                jurisdiction.requireCovers(user, file.unitId());
                if (!file.status().isOpenFile()) {
                    throw new InvalidInputException(FieldError.of("caseId", "validation.campaign.fileNotOpen",
                            file.caseNo()));
                }
                if (c.target().organisation()) {
                    throw new InvalidInputException(FieldError.of("target", "validation.campaign.fileNotOrganisation"));
                }
                PayeeAccount payee = payees.payee(file.id());
                caseId = file.id();
                recipientUnit = file.unitId();
                name = file.workerName();
                phone = payee.phone();
                account = payee.account();
                // the file's own resident ID (not copied onto the recipient): the payee key hashes it
                fileResidentId = cipher.decrypt(jdbc.sql(FIND_FILE_RESIDENT_ID)
                        .param("caseId", file.id()).query(String.class).single());
            }
            case MODEL_WORKER -> {
                if (c.modelWorkerId() == null) {
                    throw new InvalidInputException(FieldError.of("modelWorkerId", "validation.required"));
                }
                ModelWorkerService list = modelWorkers;
                jurisdiction.requireCovers(user, list.get(c.modelWorkerId()).unitId());
                ModelWorkerService.Payee payee = list.payee(c.modelWorkerId());
                modelWorkerId = c.modelWorkerId();
                recipientUnit = list.get(c.modelWorkerId()).unitId();
                name = payee.name();
                residentId = payee.residentId();
                phone = payee.phone();
                account = payee.account();
            }
            default -> {
                boolean organisation = c.target().organisation();
                TextInput.required(errors, "name", c.name(), organisation ? 100 : 50);
                if (!organisation) {
                    ResidentId.problemWith(c.residentId()).ifPresent(k -> errors.add(FieldError.of("residentId", k)));
                }
                if (!organisation || (c.phone() != null && !c.phone().isBlank())) {
                    if (c.phone() == null || c.phone().isBlank()) {
                        errors.add(FieldError.of("phone", "validation.required"));
                    } else if (!c.phone().trim().matches("1\\d{10}")) {
                        errors.add(FieldError.of("phone", "validation.phone.format"));
                    }
                }
                BigDecimal cash = c.cash() == null ? BigDecimal.ZERO : c.cash();
                if (cash.signum() > 0 || (c.accountNumber() != null && !c.accountNumber().isBlank())) {
                    errors.addAll(BankAccount.problems(c.accountNumber(), c.cardHolderName(), c.name(),
                            c.confirmNonCardAccount() || organisation));
                }
                name = c.name() == null ? null : c.name().trim();
                residentId = organisation || c.residentId() == null ? null : c.residentId().trim().toUpperCase();
                phone = c.phone() == null || c.phone().isBlank() ? null : c.phone().trim();
                if (errors.isEmpty() && c.accountNumber() != null && !c.accountNumber().isBlank()) {
                    account = BankAccount.of(c.accountNumber(), c.cardHolderName());
                }
            }
        }
        // the payee key holds the search hash of the resident ID: looked up under every configured key
        String hashedId = residentId != null ? residentId : fileResidentId;
        List<String> residentHashes = hashedId == null ? List.of() : cipher.searchHashes(hashedId);
        // amounts against the group's standard; cash needs an account
        BigDecimal cash = c.cash() == null ? BigDecimal.ZERO : c.cash();
        BigDecimal goods = c.goodsValue() == null ? BigDecimal.ZERO : c.goodsValue();
        Amounts.problemWithNonNegative(cash).ifPresent(k -> errors.add(FieldError.of("cash", k)));
        Amounts.problemWithNonNegative(goods).ifPresent(k -> errors.add(FieldError.of("goodsValue", k)));
        TextInput.optional(errors, "goodsNote", c.goodsNote(), 200);
        Optional<CampaignGroupPlan> group = campaign.group(c.target());
        if (group.isEmpty()) {
            errors.add(FieldError.of("target", "validation.campaign.notATargetGroup"));
        } else if (errors.isEmpty()) {
            BigDecimal total = cash.add(goods);
            if (total.signum() <= 0) {
                errors.add(FieldError.of("cash", "validation.campaign.nothingGiven"));
            } else if (total.compareTo(group.get().standardMin()) < 0 || total.compareTo(group.get().standardMax()) > 0) {
                errors.add(FieldError.of("cash", "validation.campaign.outsideStandard",
                        group.get().standardMin().toPlainString(), group.get().standardMax().toPlainString()));
            }
            Integer minAge = group.get().minAge();
            if (minAge != null && residentId != null
                    && new ResidentId(residentId).birthDate().plusYears(minAge).isAfter(campaign.cutoffDate())) {
                errors.add(FieldError.of(origin == RecipientOrigin.MODEL_WORKER ? "modelWorkerId" : "residentId",
                        "validation.campaign.tooYoung", minAge, campaign.cutoffDate()));
            }
        }
        if (cash.signum() > 0 && account == null && errors.isEmpty()) {
            errors.add(FieldError.of("bankCard", "validation.required"));
        }
        if (c.delegationId() != null) {
            Long delegationCampaign = jdbc.sql(FIND_DELEGATION_CAMPAIGN)
                    .param("delegationId", c.delegationId()).query(Long.class).optional().orElse(null);
            if (!Objects.equals(delegationCampaign, campaignId)) {
                errors.add(FieldError.of("delegationId", "validation.campaign.delegationOther"));
            }
        }
        InvalidInputException.throwIfAny(errors);

        jurisdiction.requireCovers(user, recipientUnit);
        Participant participant = requireStatus(records.participantOf(campaignId, recipientUnit),
                CampaignUnitStatus.REGISTERING);
        // the unit's gifts in cash stay within the budget handed to it
        BigDecimal unitBudget = jdbc.sql(SUM_UNIT_BUDGET)
                .param("campaignId", campaignId).param("unitId", participant.unitId()).query(BigDecimal.class).single();
        BigDecimal registered = jdbc.sql(SUM_REGISTERED_CASH)
                .param("campaignId", campaignId).param("subtree", participant.path() + "%").query(BigDecimal.class).single();
        if (unitBudget.signum() > 0 && registered.add(cash).compareTo(unitBudget) > 0) {
            throw new InvalidInputException(FieldError.of("cash", "validation.campaign.overBudget",
                    unitBudget.toPlainString(), registered.toPlainString()));
        }
        String payeeKey = !residentHashes.isEmpty() ? "P:" + residentHashes.get(0)
                : "O:" + participant.unitId() + ":" + c.target().name() + ":" + name;
        List<String> payeeKeys = residentHashes.isEmpty() ? List.of(payeeKey)
                : residentHashes.stream().map(h -> "P:" + h).toList();
        Long existing = jdbc.sql(FIND_PAYEE)
                .param("campaignId", campaignId).param("keys", payeeKeys).query(Long.class).list().stream().findFirst()
                .orElse(null);
        if (existing != null) {
            throw new InvalidInputException(FieldError.of(origin == RecipientOrigin.FILE ? "caseId"
                    : origin == RecipientOrigin.MODEL_WORKER ? "modelWorkerId" : "residentId",
                    "validation.campaign.alreadyRecipient", name));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_RECIPIENT)
                .param("campaignId", campaignId).param("unitId", recipientUnit).param("target", c.target().name())
                .param("origin", origin.name()).param("caseId", caseId).param("modelWorkerId", modelWorkerId)
                .param("delegationId", c.delegationId()).param("organisation", c.target().organisation())
                .param("name", name).param("payeeKey", payeeKey)
                .param("residentIdEnc", residentId == null ? null : cipher.encrypt(residentId))
                .param("residentIdMasked", residentId == null ? null : new ResidentId(residentId).masked())
                .param("phoneEnc", phone == null ? null : cipher.encrypt(phone))
                .param("phoneMasked", PhoneNumbers.masked(phone))
                .param("cardHolderName", account == null ? null : account.holderName())
                .param("accountEnc", account == null ? null : cipher.encrypt(account.number()))
                .param("accountLast4", account == null ? null : account.last4())
                .param("accountKind", account == null ? null : account.kind().name())
                .param("cash", cash).param("goodsValue", goods)
                .param("goodsNote", c.goodsNote() == null || c.goodsNote().isBlank() ? null : c.goodsNote().trim())
                .param("registeredBy", user.username()).param("registeredAt", OffsetDateTime.now(clock))
                .update(keys, "id");
        events.publishEvent(new CampaignPayeeRegistered(user.username(), recipientUnit, campaignId,
                keys.getKey().longValue(), c.target(), origin, cash, goods));
        return recipients.recipientRow(keys.getKey().longValue());
    }

    void removeRecipient(long recipientId, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        Recipient r = recipients.recipient(recipientId, user);
        jurisdiction.requireCovers(user, r.unitId());
        requireStatus(records.participantOf(r.campaignId(), r.unitId()), CampaignUnitStatus.REGISTERING);
        jdbc.sql(DELETE_UNPAID_RECIPIENT).param("recipientId", recipientId).update();
        events.publishEvent(new CampaignPayeeRemoved(user.username(), r.unitId(), r.campaignId(), recipientId));
    }

    /** Every campaign action leaves an audit row: who, what (a CAMPAIGN_* code), the unit, the campaign and detail. */
}
