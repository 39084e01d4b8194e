/**
 * Case work: the order of a hardship file's life. It files a case and starts its {@code HardshipCaseProcess} (and
 * the follow-up period, visit, yearly review, exit, aid and emergency processes) through {@code workflow}'s
 * {@code Processes}, declares the models' service steps as {@code ProcessStep} beans that call one module API each
 * ({@code process.CaseServiceTasks}), and builds the case view from Bangfu's records and the engine history
 * ({@code workflow.ProcessHistory}). It imports no engine type. Its REST API lives in {@code api}, its screens in
 * {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "identification :: ui",
        "identification :: tasks", "grading", "approval", "approval :: tasks", "funds", "funds :: tasks", "followup",
        "followup :: tasks", "campaign", "settings", "audit", "organization", "shell", "shell :: web", "shell :: ui",
        "workflow", "workflow :: ui", "shared"})
package org.bangfu.casework;
