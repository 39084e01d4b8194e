package org.bangfu.settings.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import org.bangfu.settings.SettingCatalog;
import org.bangfu.settings.SettingDefinition;
import org.bangfu.settings.SettingUnit;
import org.bangfu.shell.Formats;
import org.bangfu.shell.Languages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** How the settings screens name keys, regions, values and days, in the language of the screen. */
final class SettingTexts {

    static final String NATIONAL = "000000";

    private final Component screen;
    private final SettingCatalog catalog;

    SettingTexts(Component screen, SettingCatalog catalog) {
        this.screen = screen;
        this.catalog = catalog;
    }

    /** The translated description; a grade or task in the key becomes its title. */
    String description(String key) {
        Optional<SettingDefinition> definition = catalog.definition(key);
        if (definition.isEmpty()) {
            return screen.getTranslation("settings.key.unknown");
        }
        String qualifier = definition.get().qualifier();
        return qualifier == null ? screen.getTranslation(definition.get().descriptionKey())
                : screen.getTranslation(definition.get().descriptionKey(), qualifierTitle(qualifier));
    }

    private String qualifierTitle(String qualifier) {
        String title = screen.getTranslation(qualifier.startsWith("Task_") ? "task." + qualifier
                : "enum.Grade." + qualifier);
        return title.startsWith("!") ? qualifier : title; // a task without a title yet shows its id
    }

    /** "description (key)", for choosing a key. */
    String keyLabel(String key) {
        return description(key) + " (" + key + ")";
    }

    String region(String divisionCode) {
        return NATIONAL.equals(divisionCode) ? divisionCode + " " + screen.getTranslation("settings.region.national")
                : divisionCode;
    }

    String value(String key, BigDecimal value) {
        return catalog.definition(key).map(d -> value(d.unit(), value)).orElse(plain(value));
    }

    String value(SettingUnit unit, BigDecimal value) {
        return switch (unit) {
            case YUAN -> screen.getTranslation("settings.value.YUAN", Formats.money(value));
            case RATIO -> screen.getTranslation("settings.value.RATIO", plain(value),
                    plain(value.movePointRight(2)));
            default -> screen.getTranslation("settings.value." + unit.name(), plain(value));
        };
    }

    String range(SettingDefinition definition) {
        return screen.getTranslation("settings.rules.range", value(definition.unit(), definition.min()),
                value(definition.unit(), definition.max()));
    }

    /** "2026-02-14 星期六". */
    String day(LocalDate date) {
        return date + " " + weekday(date);
    }

    String weekday(LocalDate date) {
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Languages.CHINESE);
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
