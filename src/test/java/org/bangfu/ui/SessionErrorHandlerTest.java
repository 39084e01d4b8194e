package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangfu.campaign.ui.ModelWorkerView;
import org.bangfu.casework.ui.ReverificationView;
import org.bangfu.keys.ui.KeysView;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.SessionErrorHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/** The session-wide error handler, the shared field-refusal helper and defaults from the injected clock. */
class SessionErrorHandlerTest extends UiTest {

    @Autowired SessionErrorHandler handler;
    @Autowired JdbcClient jdbc;

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }

    @Test
    void anUnexpectedErrorShowsAChineseMessageWithAReferenceAndIsAudited() {
        login("admin");
        UI.getCurrent().navigate(KeysView.class);
        NotificationsKt.clearNotifications();

        handler.error(new ErrorEvent(new IllegalStateException("connection lost")));

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(shown -> assertThat(text(shown))
                .startsWith("系统发生意外错误，操作未完成").doesNotContain("connection lost", "IllegalState"));
        Matcher reference = Pattern.compile("错误编号 ([0-9a-f]{8})").matcher(text(NotificationsKt.getNotifications()
                .get(0)));
        assertThat(reference.find()).isTrue();
        var row = jdbc.sql("SELECT actor, action, case_id, detail FROM audit_event WHERE detail LIKE ?")
                .param(reference.group(1) + " %").query().singleRow();
        assertThat(row.get("actor")).isEqualTo("admin");
        assertThat(row.get("action")).isEqualTo("UNEXPECTED_ERROR");
        assertThat(row.get("case_id")).isNull();
        assertThat((String) row.get("detail")).contains("java.lang.IllegalStateException").contains("/keys");
    }

    @Test
    void aRefusalEvenWrappedShowsItsOwnTranslatedMessageAndIsNotAudited() {
        login("admin");
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'UNEXPECTED_ERROR'").query(Long.class)
                .single();
        NotificationsKt.clearNotifications();

        handler.error(new ErrorEvent(new RuntimeException("engine",
                new ConflictException("error.taskTaken", "cw_huiji"))));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(shown -> assertThat(text(shown)).isEqualTo("该任务已被 cw_huiji 认领"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'UNEXPECTED_ERROR'").query(Long.class)
                .single()).isEqualTo(before);
    }

    @Test
    void everyNewSessionGetsTheHandler() {
        login("admin");
        assertThat(ErrorEvent.findErrorHandler(VaadinSession.getCurrent())).isSameAs(handler);
    }

    @Test
    void theSharedHelperShowsAFieldRefusalBesideItsFieldAndLetsAnyOtherRefusalThrough() {
        login("admin");
        TextField name = new TextField();
        UI.getCurrent().add(name);
        FieldErrors errors = new FieldErrors(name);
        errors.add("name", name);

        assertThat(errors.run(() -> {
            throw new InvalidInputException(FieldError.of("name", "validation.required"));
        })).isFalse();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(name.getTranslation("validation.required"));

        assertThat(errors.run(() -> { })).isTrue();
        assertThat(name.isInvalid()).isFalse();

        assertThatThrownBy(() -> errors.run(() -> {
            throw new ConflictException("error.taskTaken", "cw_huiji");
        })).isInstanceOf(ConflictException.class);
        assertThat(name.isInvalid()).isFalse();

        errors.showBeside(ConflictException.class, "name");
        assertThat(errors.run(() -> {
            throw new ConflictException("error.taskTaken", "cw_huiji");
        })).isFalse();
        assertThat(name.getErrorMessage()).isEqualTo("该任务已被 cw_huiji 认领");
    }

    @Test
    void screenDefaultsComeFromTheApplicationsClock() {
        OffsetDateTime moved = OffsetDateTime.of(2031, 3, 15, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai").getRules()
                .getOffset(java.time.LocalDateTime.of(2031, 3, 15, 10, 0)));
        ClockUtil.setCurrentTime(Date.from(moved.toInstant()));
        try {
            login("cw_huiji");
            ReverificationView review = UI.getCurrent().navigate(ReverificationView.class).orElseThrow();
            assertThat(Widgets.find(review, IntegerField.class, "review-year").getValue()).isEqualTo(2031);
            login("cw_zhongyuan");
            ModelWorkerView workers = UI.getCurrent().navigate(ModelWorkerView.class).orElseThrow();
            assertThat(Widgets.find(workers, DatePicker.class, "model-worker-age-on").getValue()).isEqualTo(LocalDate.of(2031, 3, 15));
        } finally {
            ClockUtil.reset();
        }
    }
}
