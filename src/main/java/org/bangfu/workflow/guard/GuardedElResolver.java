package org.bangfu.workflow.guard;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * The only expression resolver of the engine (run-time defence in depth). A top-level name resolves to an
 * allow-listed bean ({@link GuardRules#EXPRESSION_BEANS}, {@link GuardRules#DELEGATE_BEANS}) or else to a process
 * variable or the context objects ({@code execution}, {@code task}); no other Spring bean, no process
 * application resolver, no mocks. A method may be called only if it is allow-listed for that very bean instance; no
 * property may be read except {@code execution.processBusinessKey}; nothing may be written. So a model that
 * slipped past the lint still cannot reach jdbcTemplate, fieldCipher, the engine's services or java.lang.*.
 */
final class GuardedElResolver extends ELResolver {

    private final Function<String, Object> beans;
    private final VariableScopeElResolver variableScope = new VariableScopeElResolver();
    private final VariableContextElResolver variableContext = new VariableContextElResolver();
    private final BeanELResolver invoker = new BeanELResolver(true);

    GuardedElResolver(Function<String, Object> beans) {
        this.beans = beans;
    }

    private static boolean isAllowListedBean(String name) {
        return GuardRules.EXPRESSION_BEANS.containsKey(name) || GuardRules.DELEGATE_BEANS.contains(name);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            String name = String.valueOf(property);
            if (isAllowListedBean(name)) {
                Object bean = beans.apply(name);
                context.setPropertyResolved(true);
                // a feature's process step carries no engine type: the engine gets it as a delegate
                return bean instanceof org.bangfu.workflow.ProcessStep step ? new StepDelegate(step) : bean;
            }
            Object value = variableScope.getValue(context, null, property);
            if (context.isPropertyResolved()) {
                return value;
            }
            value = variableContext.getValue(context, null, property);
            if (context.isPropertyResolved()) {
                return value;
            }
            // unresolved: the expression fails with "Cannot resolve identifier"
            return null;
        }
        if (base instanceof DelegateExecution execution && property instanceof String name
                && GuardRules.isAllowedContextProperty("execution", name)) {
            context.setPropertyResolved(true);
            return execution.getProcessBusinessKey();
        }
        throw new PropertyNotFoundException("Bangfu expressions may not read '" + property + "' of "
                + base.getClass().getSimpleName() + " (see docs/security/deployment-rules.md)");
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base != null && method instanceof String name) {
            for (Map.Entry<String, Set<String>> allowed : GuardRules.EXPRESSION_BEANS.entrySet()) {
                if (allowed.getValue().contains(name) && base == beans.apply(allowed.getKey())) {
                    return invoker.invoke(context, base, name, paramTypes, params);
                }
            }
        }
        throw new MethodNotFoundException("Bangfu expressions may not call '" + method + "' on "
                + (base == null ? "null" : base.getClass().getSimpleName())
                + " (see docs/security/deployment-rules.md)");
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Object value = getValue(context, base, property);
        return value == null ? Object.class : value.getClass();
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        throw new PropertyNotWritableException("Bangfu expressions may not assign '" + property + "'");
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        context.setPropertyResolved(true);
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
