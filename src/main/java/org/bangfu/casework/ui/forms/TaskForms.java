package org.bangfu.casework.ui.forms;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.bangfu.workflow.TaskKind;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.GenericTypeResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The form of each kind of task: a {@link TaskForm} names the {@link TaskKind} it completes as its type argument,
 * so the task key is written once, in the kind. Found once by scanning the forms.
 */
public final class TaskForms {

    private static volatile Map<Class<?>, Constructor<?>> byKind;

    private TaskForms() {
    }

    /** The form for the task, or a note when its kind has none (the task is then done on another screen). */
    public static Component create(TaskContext context) {
        return context.services().kinds.kind(context.task().taskKey())
                .map(kind -> forms().get(AopUtils.getTargetClass(kind)))
                .map(constructor -> instantiate(constructor, context))
                .orElseGet(() -> new Paragraph(context.task().taskKey()));
    }

    /** Whether a kind has a form on the task screen. */
    public static boolean hasForm(TaskKind<?> kind) {
        return forms().containsKey(AopUtils.getTargetClass(kind));
    }

    private static Component instantiate(Constructor<?> constructor, TaskContext context) {
        try {
            return (Component) constructor.newInstance(context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass().getName(), e);
        }
    }

    private static Map<Class<?>, Constructor<?>> forms() {
        Map<Class<?>, Constructor<?>> found = byKind;
        if (found == null) {
            found = new HashMap<>();
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AssignableTypeFilter(TaskForm.class));
            for (BeanDefinition form : scanner.findCandidateComponents(TaskForm.class.getPackageName())) {
                Class<?> type = ClassUtils.resolveClassName(form.getBeanClassName(), TaskForms.class.getClassLoader());
                if (Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                Class<?> kind = GenericTypeResolver.resolveTypeArgument(type, TaskForm.class);
                try {
                    if (found.put(kind, type.getConstructor(TaskContext.class)) != null) {
                        throw new IllegalStateException("Two forms complete " + kind);
                    }
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(type + " needs a public constructor taking the TaskContext", e);
                }
            }
            byKind = found;
        }
        return found;
    }
}
