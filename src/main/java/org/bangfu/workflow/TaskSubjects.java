package org.bangfu.workflow;

import java.util.List;
import java.util.Map;

/**
 * What open tasks are about, said by the feature that owns the subject (a hardship case, a warmth campaign's unit):
 * the inbox row's reference, person and unit, and where the task is worked. The unit decides jurisdiction.
 */
public interface TaskSubjects {

    /** The name kinds give in {@link TaskKind#subjects()}. */
    String name();

    /** The subject of each task, by task id, read for all of them at once; tasks without one are left out. */
    Map<String, Subject> describe(List<OpenTask> tasks);

    /**
     * @param reference what the row is about (a case number, a campaign's name)
     * @param person    the worker it is about, or null
     * @param unitId    the union unit whose jurisdiction covers the task
     * @param ids       ids the screens and REST clients need (caseId, campaignId …)
     * @param route     the screen route where the task is worked
     * @param grade     the i18n key of the subject's grade ({@code enum.Grade.DEEP}), or null
     */
    record Subject(String reference, String person, long unitId, Map<String, Object> ids, String route,
                   String grade) {

        public Subject(String reference, String person, long unitId, Map<String, Object> ids, String route) {
            this(reference, person, unitId, ids, route, null);
        }
    }
}
