package org.bangfu.funds.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.funds.BankResultImported;
import org.bangfu.funds.SmsSender;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.NodeLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending SMS notices to the sender after a result import commits, and on a schedule for whatever was left
 * (a crash, a gateway that was down). Each notice is claimed with a conditional update, so two runs never send the
 * same one twice.
 */
@Component
public class SmsNotices {

    private static final Logger log = LoggerFactory.getLogger(SmsNotices.class);

    static final String LIST_PENDING = """
            SELECT id, phone_enc, message FROM sms_notice WHERE status = 'PENDING'
            ORDER BY id FETCH FIRST :limit ROWS ONLY""";
    static final String CLAIM_SENT = """
            UPDATE sms_notice SET status = 'SENT', sent_at = :sentAt WHERE id = :noticeId AND status = 'PENDING'""";
    static final String MARK_FAILED = """
            UPDATE sms_notice SET status = 'FAILED' WHERE id = :noticeId AND status = 'PENDING'""";

    private final JdbcClient jdbc;
    private final SmsSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final FieldCipher cipher;
    private final NodeLocks locks;

    SmsNotices(JdbcClient jdbc, SmsSender sender, org.springframework.transaction.PlatformTransactionManager transactionManager,
               Clock clock, FieldCipher cipher, NodeLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.sender = sender;
        // after a commit the finished transaction is still bound: every delivery runs in a new one
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    private record Notice(long id, String phone, String message) {
    }

    @TransactionalEventListener
    void on(BankResultImported imported) {
        try {
            // the first notices at once; a large batch is finished by the scheduled run
            sendPending(100);
        } catch (RuntimeException e) {
            log.warn("SMS notices left for the next run: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${bangfu.sms.interval:PT1M}", initialDelayString = "${bangfu.sms.interval:PT1M}")
    void scheduled() {
        // each notice is claimed anyway; the lock spares the other node reading the same list
        locks.tryExclusively("sms-notices", () -> sendPending(10_000));
    }

    /** Sends up to {@code limit} pending notices; returns how many went out. */
    public int sendPending(int limit) {
        List<Notice> pending = jdbc.sql(LIST_PENDING).param("limit", limit)
                .query((rs, n) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        int sent = 0;
        for (Notice notice : pending) {
            try {
                Boolean claimed = transactions.execute(status -> {
                    int changed = jdbc.sql(CLAIM_SENT)
                            .param("sentAt", OffsetDateTime.now(clock)).param("noticeId", notice.id()).update();
                    if (changed == 0) {
                        return false;
                    }
                    // the number is stored encrypted: decrypted only to hand it to the gateway
                    sender.send(cipher.decrypt(notice.phone()), notice.message());
                    return true;
                });
                if (Boolean.TRUE.equals(claimed)) {
                    sent++;
                }
            } catch (RuntimeException refused) {
                log.warn("SMS notice {} not sent: {}", notice.id(), refused.getMessage());
                jdbc.sql(MARK_FAILED).param("noticeId", notice.id()).update();
            }
        }
        if (sent > 0) {
            log.info("SMS notices sent: {}", sent);
        }
        return sent;
    }
}
