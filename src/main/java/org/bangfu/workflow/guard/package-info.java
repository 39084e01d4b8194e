/**
 * The one deployment guard: the lint of BPMN and DMN files (the same rules at the engine's deployment and for
 * proposals), the run-time expression allow-list, secure XML parsing, and the permit under which an approved
 * proposal is deployed. Other modules see its API as the named interface {@code workflow :: guard}.
 */
@org.springframework.modulith.NamedInterface("guard")
package org.bangfu.workflow.guard;
