package org.bangfu.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.PrivateSubtreeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case read by id is read once per transaction, and every write of a case is seen by the next read: in the same
 * transaction, and after a nested transaction of its own that committed one; a nested transaction reads for itself.
 */
class CaseMemoTest extends PrivateSubtreeTest {

    @Autowired IdentificationService identification;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aCaseIsReadOncePerTransactionAndEveryWriteIsSeenByTheNextRead() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String before = identification.caseById(fx.a).grade();
        try {
            outer.executeWithoutResult(status -> {
                HardshipCase first = identification.caseById(fx.a);
                assertThat(identification.caseById(fx.a)).isSameAs(first);

                identification.recordGrade(fx.a, "ACCIDENT");
                HardshipCase written = identification.caseById(fx.a);
                assertThat(written).isNotSameAs(first);
                assertThat(written.grade()).isEqualTo("ACCIDENT");
                assertThat(identification.caseById(fx.a)).isSameAs(written);

                // a nested transaction of its own has a memo of its own: it does not see the uncommitted write
                inner.executeWithoutResult(s -> assertThat(identification.caseById(fx.a).grade()).isEqualTo(before));
                assertThat(identification.caseById(fx.a)).isSameAs(written);
                status.setRollbackOnly();
            });
            // the outer transaction rolled back: its write is gone, and a new read says so
            assertThat(identification.caseById(fx.a).grade()).isEqualTo(before);

            outer.executeWithoutResult(status -> {
                HardshipCase first = identification.caseById(fx.a);
                inner.executeWithoutResult(s -> identification.recordGrade(fx.a, "RELATIVE"));
                assertThat(identification.caseById(fx.a)).isNotSameAs(first);
                assertThat(identification.caseById(fx.a).grade()).isEqualTo("RELATIVE");
            });
            // outside a transaction nothing is remembered
            assertThat(identification.caseById(fx.a)).isNotSameAs(identification.caseById(fx.a));
        } finally {
            identification.recordGrade(fx.a, before);
        }
    }
}
