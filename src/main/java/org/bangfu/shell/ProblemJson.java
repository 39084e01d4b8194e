package org.bangfu.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller of a feature module whose refusals are answered as RFC 9457 problem JSON in the caller's
 * language by the shell's {@code web.ProblemResponses} (docs/security/input.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProblemJson {
}
