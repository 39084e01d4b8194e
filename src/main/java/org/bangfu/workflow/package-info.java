/**
 * The engine behind a small door: the only module that talks to Camunda. It holds the engine settings, the
 * deployment guard and four-eyes deployment proposals, the doors of engine REST and the webapps, and the task model:
 * every kind of human task is a {@link org.bangfu.workflow.TaskKind} declared by the feature that owns it, and the
 * inbox, claim, unclaim, bulk claim, counts, due and overdue flags and task completion all come from those
 * declarations ({@link org.bangfu.workflow.WorkItems}). It knows no feature by name.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "shell", "shell :: ui",
        "shell :: web", "shared"})
package org.bangfu.workflow;
