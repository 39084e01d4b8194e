package org.bangfu.workflow.guard;

/**
 * One reason the deployment guard refuses a model: the resource (file name), the element id in it (or the
 * resource name for file-level rules), the rule's stable name (as documented in docs/security.md) and a message.
 */
public record GuardViolation(String resource, String elementId, String rule, String message) {
}
