package org.bangfu.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;

/**
 * One kind of human task, declared once by the feature that owns it: its BPMN id, the role whose candidate group
 * works it, who describes its tasks in the inbox, the command that completes it and the checks of that command.
 * The inbox, {@code /api/tasks}, claim, unclaim, bulk claim, counts, due and overdue flags all come from these
 * declarations, so a new kind of task is one class implementing this plus the BPMN edit.
 *
 * @param <C> the command that completes it: the body of {@code POST /api/tasks/{taskId}/{action}} and what its form
 *            submits
 */
public interface TaskKind<C> {

    /** The BPMN user task id, e.g. {@code Task_FirstReview}; its title is the i18n key {@code task.<key>}. */
    String key();

    /** The role whose candidate group the BPMN gives the task (checked against the model by a test). */
    Role role();

    /** The {@link TaskSubjects#name() name} of the subjects that say what a task of this kind is about. */
    String subjects();

    /** The command type; what REST reads from the request body. */
    Class<C> commandType();

    /**
     * Records the work in the owning module (refusing bad input, then saving nothing) and answers the variables the
     * process needs to go on. Runs in the transaction that completes the task, after the task was found visible,
     * of this kind and (if {@link #claimFirst()}) the user's.
     */
    Map<String, Object> complete(OpenTask task, C command, CurrentUser user);

    /** The last path segment of its REST completion, or null when it is completed on another screen only. */
    default String action() {
        return null;
    }

    /**
     * Whether the user must claim it before completing it. A kind that is not claimed (campaign steps, worked by the
     * whole group on the feature's own screens) checks in its {@link #complete} command who may work it.
     */
    default boolean claimFirst() {
        return true;
    }

    /** Process variables the inbox reads for each task of this kind (references and badges, never business data). */
    default Set<String> variables() {
        return Set.of();
    }

    /** The variable whose value the inbox shows as a badge ({@code enum.<badgeType>.<value>}), or null. */
    default String badgeVariable() {
        return null;
    }

    /** The amount the task decides on (an aid request's), shown in the inbox; null when there is none. */
    default java.math.BigDecimal amount(OpenTask task) {
        return null;
    }

    /** The enum type named in the badge's i18n key. */
    default String badgeType() {
        return null;
    }

    /**
     * Four eyes: refuses (with a {@link org.bangfu.shared.BangfuException}) when this user may not claim or decide
     * this task because they took part in the work.
     */
    default void checkMayClaim(OpenTask task, CurrentUser user) {
    }

    /**
     * Four eyes for lists: who took part in the work of this new task, so the inbox does not offer it to them (asked
     * once, when the task is created; {@link #checkMayClaim} still decides at claim and completion).
     */
    default Set<String> touchers(OpenTask task) {
        return Set.of();
    }
}
