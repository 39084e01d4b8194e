package org.bangfu.settings;

import java.util.List;
import java.util.Optional;

/** The setting keys Bangfu knows, with their units and allowed ranges (for forms and validation). */
public interface SettingCatalog {

    /**
     * Every fixed key, plus the task deadline keys of the default; a task's own {@code sla.Task_*.*} keys are
     * accepted by {@link #definition} for any task.
     */
    List<SettingDefinition> definitions();

    Optional<SettingDefinition> definition(String key);
}
