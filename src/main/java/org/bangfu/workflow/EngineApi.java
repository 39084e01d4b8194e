package org.bangfu.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller whose calls reach the engine (tasks, cases, campaigns): its refusals are answered as
 * problem JSON, the engine's own exceptions included.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EngineApi {
}
