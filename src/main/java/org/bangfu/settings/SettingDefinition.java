package org.bangfu.settings;

import java.math.BigDecimal;

/**
 * A known setting key and the values it accepts ({@code min} to {@code max} inclusive, at most {@code unit.scale()}
 * decimals). {@code descriptionKey} is the i18n key of its description; when {@code qualifier} is not null (a grade
 * such as {@code DEEP}, or a task definition key such as {@code Task_ApproveAid}) the description takes its title
 * as argument {@code {0}}.
 */
public record SettingDefinition(String key, SettingUnit unit, BigDecimal min, BigDecimal max, String descriptionKey,
                                String qualifier) {
}
