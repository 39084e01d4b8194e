/**
 * The append-only audit trail. It listens to what the stage modules publish and writes one row per event in the
 * same transaction as the change (a synchronous listener), so the trail can never miss a committed change nor
 * record one that was rolled back.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identification", "grading", "approval", "funds", "settings", "organization", "shell",
                "shell :: ui", "shared"})
package org.bangfu.audit;
