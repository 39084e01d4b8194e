package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.casework.ui.CaseDetailView;
import org.bangfu.casework.ui.CaseInputDialog;
import org.bangfu.identification.HardshipCase;
import org.bangfu.keys.KeyRotation;
import org.bangfu.keys.ui.KeysView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;

/** The crypto-keys screen and the phone on a file, browserless, on the shared context and real PostgreSQL. */
class KeysScreensTest extends UiTest {

    @Autowired KeyRotation rotation;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdministratorStartsTheRotationOnTheKeysScreenAndFollowsItToTheEnd() {
        while (rotation.step()) {
            // nothing of an earlier test left running
        }
        login("admin");
        KeysView view = UI.getCurrent().navigate(KeysView.class).orElseThrow();
        assertThat(Widgets.find(view, Paragraph.class, "keys-configured").getText()).isEqualTo("当前密钥：k2；已配置的密钥：k1, k2");
        var start = Widgets.find(view, Button.class, "keys-start");
        start.click();
        var rotationState = Widgets.find(view, Paragraph.class, "keys-rotation-state");
        assertThat(rotationState.getText()).startsWith("正在轮换到密钥 k2（系统管理员 于");
        assertThat(start.isEnabled()).isFalse();
        var rotationTables = Widgets.find(view, Grid.class, "keys-rotation-tables");
        assertThat(GridKt._size(rotationTables)).isEqualTo(8);
        assertThat(GridKt._getFormattedRow(rotationTables, 0)).first().isEqualTo("困难职工档案");
        while (rotation.step()) {
            // the background job's work, done here
        }
        Widgets.find(view, Button.class, "keys-refresh").click();
        assertThat(rotationState.getText()).startsWith("已轮换到密钥 k2");
        assertThat(Widgets.find(view, ProgressBar.class, "keys-rotation-progress").getValue()).isEqualTo(100.0);
        assertThat(GridKt._getFormattedRow(rotationTables, 0)).last().isEqualTo("完成");
        assertThat(start.isEnabled()).isTrue();
    }

    @Test
    void theFileShowsThePhoneMaskedAndTheFullNumberOnlyWithAReason() {
        HardshipCase c = new UiFixtures(context).openFile();
        login("cw_canyin");
        UI.getCurrent().navigate("cases/" + c.caseNo());
        CaseDetailView view = (CaseDetailView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(view.getElement().getOuterHTML()).contains("138****8000").doesNotContain("13800138000");
        assertThat(Widgets.find(view, Button.class, "case-reveal-phone").isVisible()).isTrue();
        CaseInputDialog dialog = view.openRevealPhone();
        var phoneSubmit = Widgets.find(dialog, Button.class, "reveal-phone-submit");
        phoneSubmit.click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM phone_reveal WHERE subject_id = ?").param(c.id())
                .query(Long.class).single()).isZero();
        com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog, TextField.class).setValue("电话回访");
        phoneSubmit.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT reason FROM phone_reveal WHERE subject_id = ?").param(c.id())
                .query(String.class).single()).isEqualTo("电话回访");
    }
}
