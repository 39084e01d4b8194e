/**
 * The kinds of human task this module owns ({@link org.bangfu.workflow.TaskKind} declarations) with their commands,
 * and what case tasks are about: the task screens' forms submit these commands.
 */
@org.springframework.modulith.NamedInterface("tasks")
package org.bangfu.identification.process;
