/**
 * Changing the models: a process analyst proposes BPMN and DMN files (from the 流程部署 screen or Camunda Modeler
 * through the engine REST door), the deployment guard lints them, the change is shown against the deployed version
 * with its protected approval and four-eyes steps, and a second person approves (deployed through
 * {@code workflow.ModelDeployments} under the guard's permit) or returns it; every step is audited. No engine type:
 * the engine's side is {@code workflow}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeling", allowedDependencies = {"workflow",
        "workflow :: guard", "organization", "shell", "shell :: ui", "shell :: web", "shared"})
package org.bangfu.modeling;
