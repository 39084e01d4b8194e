package org.bangfu.workflow;

/**
 * A service task's work, declared by the feature that owns it and named in the BPMN as
 * {@code camunda:delegateExpression="${<beanName>}"}: the feature needs no engine types. The workflow module adapts
 * it to the engine (the run-time expression resolver of the deployment guard hands the engine a delegate that
 * runs the step); the bean name must be on the guard's allow-list of process steps.
 */
@FunctionalInterface
public interface ProcessStep {

    void run(StepContext step);

    /** What a step sees of its process: references and flags in variables, the business key. */
    interface StepContext {

        Object variable(String name);

        default Long longVariable(String name) {
            Object value = variable(name);
            return value == null ? null : ((Number) value).longValue();
        }

        default String stringVariable(String name) {
            Object value = variable(name);
            return value == null ? null : value.toString();
        }

        void setVariable(String name, Object value);

        String businessKey();

        String processInstanceId();
    }
}
