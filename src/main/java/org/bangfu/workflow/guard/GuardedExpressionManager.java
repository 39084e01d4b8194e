package org.bangfu.workflow.guard;

import java.lang.reflect.Method;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;

/**
 * The engine's expression manager: the JUEL manager with {@link GuardedElResolver} as its only resolver (instead
 * of the Spring one that resolves every bean, the process application's resolver, the mock resolver and the
 * reflective bean resolver) and with no functions at all (no {@code currentUser()}, {@code now()}, no static
 * method can be mapped). Also used by DMN's JUEL expressions.
 */
final class GuardedExpressionManager extends JuelExpressionManager {

    private final Function<String, Object> beans;

    GuardedExpressionManager(Function<String, Object> beans) {
        this.beans = beans;
    }

    @Override
    public void addFunction(String name, Method function) {
        // functions are not part of the allow-list grammar: the engine's defaults are dropped on purpose
    }

    @Override
    protected ELResolver createElResolver() {
        return new GuardedElResolver(beans);
    }

    @Override
    protected FunctionMapper createFunctionMapper() {
        return new FunctionMapper() {
            @Override
            public Method resolveFunction(String prefix, String localName) {
                return null;
            }
        };
    }
}
