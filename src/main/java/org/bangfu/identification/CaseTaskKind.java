package org.bangfu.identification;

import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.bangfu.workflow.TaskKind;

/**
 * A kind of task in one of a hardship case's processes: described by its case (business key = case number),
 * worked on the task screen, by case workers unless the kind says otherwise.
 */
public abstract class CaseTaskKind<C> implements TaskKind<C> {

    /** The subjects of case tasks. */
    public static final String SUBJECTS = "case";

    private final String key;
    private final String action;
    private final Class<C> commandType;

    protected CaseTaskKind(String key, String action, Class<C> commandType) {
        this.key = key;
        this.action = action;
        this.commandType = commandType;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String action() {
        return action;
    }

    @Override
    public final Class<C> commandType() {
        return commandType;
    }

    @Override
    public String subjects() {
        return SUBJECTS;
    }

    @Override
    public Role role() {
        return Role.CASE_WORKER;
    }

    /** The case the task works on. */
    protected static long caseId(OpenTask task) {
        return task.longVariable(CaseVariables.CASE_ID);
    }
}
