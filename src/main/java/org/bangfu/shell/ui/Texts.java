package org.bangfu.shell.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import org.bangfu.shell.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** Small builders the screens share: enum pickers, yes/no choices, read-only label-value pairs. */
public final class Texts {

    private Texts() {
    }

    /** A combo box of an enum's constants, titled {@code enum.<Type>.<CONST>}. */
    public static <E extends Enum<E>> ComboBox<E> enumBox(Component owner, Class<E> type, String labelKey) {
        ComboBox<E> box = new ComboBox<>(owner.getTranslation(labelKey));
        box.setItems(Arrays.asList(type.getEnumConstants()));
        box.setItemLabelGenerator(v -> owner.getTranslation("enum." + type.getSimpleName() + "." + v.name()));
        return box;
    }

    public static String enumText(Component owner, Enum<?> value) {
        return value == null ? "" : owner.getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }

    /** A two-way choice: {@code true} is the first label, {@code false} the second. */
    public static RadioButtonGroup<Boolean> choice(Component owner, String labelKey, String trueKey, String falseKey) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(owner.getTranslation(labelKey));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(v -> owner.getTranslation(v ? trueKey : falseKey));
        return group;
    }

    public static RadioButtonGroup<Boolean> yesNo(Component owner, String labelKey) {
        return choice(owner, labelKey, "common.yes", "common.no");
    }

    public static String yesNo(Component owner, Boolean value) {
        return value == null ? "" : owner.getTranslation(value ? "common.yes" : "common.no");
    }

    public static String money(BigDecimal amount) {
        return Formats.money(amount);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The upload's own texts (buttons, drop hint, refusals) in the screen's language. */
    public static com.vaadin.flow.component.upload.UploadI18N uploadTexts(Component owner) {
        com.vaadin.flow.component.upload.UploadI18N texts = new com.vaadin.flow.component.upload.UploadI18N();
        texts.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(owner.getTranslation("casework.upload.add")).setMany(owner.getTranslation("casework.upload.add")));
        texts.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(owner.getTranslation("casework.upload.drop")).setMany(owner.getTranslation("casework.upload.drop")));
        texts.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("casework.upload.tooMany"))
                .setFileIsTooBig(owner.getTranslation("casework.upload.tooBig"))
                .setIncorrectFileType(owner.getTranslation("casework.upload.wrongType")));
        return texts;
    }

    /** Adds a read-only label and value to a form layout. */
    public static Span item(FormLayout form, String label, String value) {
        Span span = new Span(value == null ? "" : value);
        form.addFormItem(span, label);
        return span;
    }
}
