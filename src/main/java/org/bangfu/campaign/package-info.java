/**
 * Warmth campaigns (送温暖, 工会进万家; GUIDE.md section 11): the plan (period, deadline, target groups with their
 * standards, budget by fund source per participating child unit), the recipients each unit registers (from hardship
 * files, from the model-worker list, or entered with the same real-name validation), full coverage of open
 * deep-hardship files, payment through {@code funds}, visit records, the unit reports, the visiting delegations and
 * the model-worker list. The order of the steps is the BPMN process {@code WarmthCampaignProcess}, run by
 * {@code casework}; this module owns the data and never touches the engine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "grading", "funds", "workflow",
        "identification :: payees", "shell :: ui",
        "organization", "settings", "shell", "shared"})
package org.bangfu.campaign;
