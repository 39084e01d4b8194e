/**
 * The kinds of human task this module owns ({@link org.bangfu.workflow.TaskKind} declarations) with their commands:
 * the task screens' forms submit these commands.
 */
@org.springframework.modulith.NamedInterface("tasks")
package org.bangfu.approval.process;
