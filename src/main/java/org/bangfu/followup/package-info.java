/**
 * Life of an open file: follow-up visits with their findings and the household's monthly per-capita income, the
 * yearly re-verification with its reproducible spot-check sample, exit assessment and approval with the
 * gradual-exit period, closing into the exited archive, the relapse watch-list with call-backs, and relapse
 * reports that open a new linked file.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "grading", "approval", "workflow",
        "funds", "settings", "organization", "shared"})
package org.bangfu.followup;
