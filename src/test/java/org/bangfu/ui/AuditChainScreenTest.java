package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;


import org.bangfu.TestDatabase;
import org.bangfu.audit.ui.AuditLogView;
import org.bangfu.shared.CaseChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** The audit log screen shows each row's chain position and verifies the chain (审计链校验) in the background. */
class AuditChainScreenTest extends UiTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    private long publish(String detail) {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                events.publishEvent(new CaseChanged("screen-test", "EDITED", null, null, detail)));
        return jdbc.sql("SELECT id FROM audit_event WHERE detail = ?").param(detail).query(Long.class).single();
    }

    private AuditLogView verified(String username) throws Exception {
        login(username);
        AuditLogView view = UI.getCurrent().navigate(AuditLogView.class).orElseThrow();
        _click(_get(Button.class, spec -> spec.withId("audit-verify-chain")));
        var verifyProgress = Widgets.find(view, ProgressBar.class, "audit-verify-progress");
        assertThat(verifyProgress.isVisible()).isTrue();
        // the check runs in the background; the screen hides its progress through ui.access once it has finished
        for (int i = 0; i < 2400 && verifyProgress.isVisible(); i++) {
            Thread.sleep(25);
            MockVaadin.clientRoundtrip();
        }
        assertThat(verifyProgress.isVisible()).isFalse();
        return view;
    }

    @Test
    void theAuditorSeesChainPositionsAndThatTheChainIsIntact() throws Exception {
        String detail = "screen-" + System.nanoTime();
        publish(detail);
        long position = jdbc.sql("SELECT chain_position FROM audit_event WHERE detail = ?").param(detail)
                .query(Long.class).single();

        AuditLogView view = verified("auditor_zhengzhou");

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(grid.getColumnByKey("position").getHeaderText()).isEqualTo("链序号");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(String.valueOf(position), detail);
        var verifyResult = Widgets.find(view, Paragraph.class, "audit-verify-result");
        assertThat(verifyResult.getText()).startsWith("审计链完整").contains("条记录全部校验通过");
    }

    @Test
    void theAdministratorIsShownTheFirstBadRowOfATamperedChain() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.isPostgres(), "tampering disables a PostgreSQL trigger");
        String original = "screen-tamper-" + System.nanoTime();
        long id = publish(original);
        publish("screen-after-" + System.nanoTime());
        long position = jdbc.sql("SELECT chain_position FROM audit_event WHERE id = ?").param(id).query(Long.class)
                .single();
        setDetail(id, "forged");
        try {
            AuditLogView view = verified("admin");

            assertThat(Widgets.find(view, Paragraph.class, "audit-verify-result").getText()).startsWith("审计链已损坏")
                    .contains("链序号 " + String.format("%,d", position), "记录编号 " + String.format("%,d", id),
                            "记录内容与其哈希不符");
        } finally {
            setDetail(id, original);
        }
    }

    private void setDetail(long id, String detail) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
            jdbc.sql("UPDATE audit_event SET detail = ? WHERE id = ?").params(detail, id).update();
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
        });
    }
}
