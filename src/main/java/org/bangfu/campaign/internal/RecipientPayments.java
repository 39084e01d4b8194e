package org.bangfu.campaign.internal;

import org.bangfu.campaign.CampaignPaymentLinesCreated;
import static org.bangfu.campaign.internal.CampaignRecords.requireStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.identification.AidType;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payment lines of an approved unit's recipients with cash.
 */
@Component
class RecipientPayments {

    /** Purpose of the payment lines of campaign gifts (shown on the batch screens). */
    static final String PURPOSE = "WARMTH";

    static final String FIND_APPROVER = """
            SELECT approved_by FROM campaign_unit WHERE campaign_id = :campaignId AND unit_id = :unitId""";
    static final String LIST_UNPAID_CASH = """
            SELECT r.* FROM campaign_recipient r JOIN org_unit u
            ON u.id = r.unit_id WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree AND r.cash > 0
            AND r.payment_id IS NULL ORDER BY r.id""";
    static final String LINK_PAYMENT = """
            UPDATE campaign_recipient SET payment_id = :paymentId WHERE id = :recipientId""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final PaymentService payments;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final CampaignRecords records;

    RecipientPayments(JdbcClient jdbc, OrganizationService organization, PaymentService payments, FieldCipher cipher,
                      ApplicationEventPublisher events, CampaignRecords records) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.payments = payments;
        this.cipher = cipher;
        this.events = events;
        this.records = records;
    }

    int payRecipients(long campaignId, long unitId, String actor) {
        CampaignUnit unit = records.unitRows(campaignId, unitId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.campaign.unitNotFound", unitId));
        if (unit.status() == CampaignUnitStatus.VISITING || unit.status() == CampaignUnitStatus.REPORTED) {
            return 0;
        }
        requireStatus(unit, CampaignUnitStatus.APPROVED);
        String by = actor != null ? actor : jdbc.sql(FIND_APPROVER)
                .param("campaignId", campaignId).param("unitId", unitId).query(String.class).single();
        List<Map<String, Object>> due = jdbc.sql(LIST_UNPAID_CASH)
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .query().listOfRows();
        // the campaign is paid from its own fund year's money, handed down with the budget
        int year = records.campaign(campaignId).fundYear();
        int lines = 0;
        for (Map<String, Object> r : due) {
            long id = ((Number) r.get("id")).longValue();
            String key = "camp-" + id;
            BigDecimal cash = (BigDecimal) r.get("cash");
            PaymentRecord line;
            if (r.get("case_id") != null) {
                line = payments.approveGrant(((Number) r.get("case_id")).longValue(), PURPOSE, AidType.LIVING, cash,
                        key, by, year);
            } else {
                BankAccount account = new BankAccount(cipher.decrypt((String) r.get("account_enc")),
                        (String) r.get("card_holder_name"), BankAccount.Kind.valueOf((String) r.get("account_kind")));
                line = payments.approvePayeeGrant(new PaymentService.PayeeGrant(((Number) r.get("unit_id")).longValue(),
                        campaignId, (String) r.get("name"),
                        r.get("phone_enc") == null ? null : cipher.decrypt((String) r.get("phone_enc")), account, PURPOSE, AidType.LIVING,
                        cash, key, by, year));
            }
            jdbc.sql(LINK_PAYMENT).param("paymentId", line.id()).param("recipientId", id).update();
            lines++;
        }
        records.move(campaignId, unitId, CampaignUnitStatus.APPROVED, CampaignUnitStatus.VISITING, unit);
        events.publishEvent(new CampaignPaymentLinesCreated(by, unitId, campaignId, lines));
        return lines;
    }

    /** Every campaign action leaves an audit row: who, what (a CAMPAIGN_* code), the unit, the campaign and detail. */
}
