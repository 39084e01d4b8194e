/**
 * Case work on the process engine: the only module that talks to Camunda. It files a case and starts its
 * {@code HardshipCaseProcess} (and the aid, emergency and yearly-review processes), runs the service steps through delegates that call one module API each, keeps the
 * task inbox (my tasks, claimable group tasks), completes tasks after the stage module has recorded the decision,
 * and builds the case view from Bangfu's records and the engine history. Its REST API lives in {@code api}, its
 * screens in {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "identification :: ui",
        "identification :: tasks", "grading", "approval", "approval :: tasks", "funds", "funds :: tasks", "followup",
        "followup :: tasks", "campaign", "settings", "audit", "organization", "shell", "shell :: web", "shell :: ui",
        "workflow", "workflow :: ui", "shared"})
package org.bangfu.casework;
