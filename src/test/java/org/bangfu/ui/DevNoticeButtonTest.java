package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.casework.ui.CaseDetailView;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/** The development-only notice button on the case screen (the H2 demo and tests have the dev tools on). */
class DevNoticeButtonTest extends UiTest {

    @Autowired IdentificationService identification;
    UiFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new UiFixtures(context);
    }

    private CaseDetailView caseScreen(HardshipCase c) {
        UI.getCurrent().navigate("cases/" + c.caseNo());
        return (CaseDetailView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void anAnalystEndsTheNoticeFromTheCaseScreenWithTheDevelopmentButton() {
        HardshipCase c = fixtures.inNotice();
        login("analyst");
        CaseDetailView view = caseScreen(c);
        var endNoticeDev = Widgets.find(view, Button.class, "case-end-notice-dev");
        assertThat(endNoticeDev.isVisible()).isTrue();
        endNoticeDev.click();
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        assertThat(endNoticeDev.isVisible()).isFalse();
    }

    @Test
    void aCaseWorkerDoesNotSeeTheDevelopmentNoticeButton() {
        HardshipCase c = fixtures.inNotice();
        login("cw_canyin");
        assertThat(Widgets.find(caseScreen(c), Button.class, "case-end-notice-dev").isVisible()).isFalse();
    }
}
