package org.bangfu.casework.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Forwards to {@link org.bangfu.shell.ui.Texts}, where the helpers now live. Kept only so that the task forms
 * ({@code casework.ui.forms}) and {@code DeploymentsView} compile while they are being rewritten; remove once they
 * import {@code org.bangfu.shell.ui.Texts}.
 */
public final class Texts {

    private Texts() {
    }

    public static <E extends Enum<E>> ComboBox<E> enumBox(Component owner, Class<E> type, String labelKey) {
        return org.bangfu.shell.ui.Texts.enumBox(owner, type, labelKey);
    }

    public static String enumText(Component owner, Enum<?> value) {
        return org.bangfu.shell.ui.Texts.enumText(owner, value);
    }

    public static RadioButtonGroup<Boolean> choice(Component owner, String labelKey, String trueKey, String falseKey) {
        return org.bangfu.shell.ui.Texts.choice(owner, labelKey, trueKey, falseKey);
    }

    public static RadioButtonGroup<Boolean> yesNo(Component owner, String labelKey) {
        return org.bangfu.shell.ui.Texts.yesNo(owner, labelKey);
    }

    public static String yesNo(Component owner, Boolean value) {
        return org.bangfu.shell.ui.Texts.yesNo(owner, value);
    }

    public static String money(BigDecimal amount) {
        return org.bangfu.shell.ui.Texts.money(amount);
    }

    public static String date(LocalDate date) {
        return org.bangfu.shell.ui.Texts.date(date);
    }

    public static UploadI18N uploadTexts(Component owner) {
        return org.bangfu.shell.ui.Texts.uploadTexts(owner);
    }

    public static Span item(FormLayout form, String label, String value) {
        return org.bangfu.shell.ui.Texts.item(form, label, value);
    }
}
