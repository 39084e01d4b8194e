package org.bangfu.workflow.guard;

import java.util.List;
import java.util.Map;

/**
 * The one deployment guard: every BPMN and DMN resource that reaches the engine, through any door, is checked here.
 * The rules live in one place and are documented in docs/security.md.
 */
public interface DeploymentGuard {

    /** Checks resources (file name to bytes); an empty list means every resource passes. */
    List<GuardViolation> check(Map<String, byte[]> resources);
}
