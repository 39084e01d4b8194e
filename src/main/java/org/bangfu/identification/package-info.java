/**
 * Hardship cases (the hardship file in the making): intake with its validation rules, the national duplicate check
 * (one active case per resident ID anywhere in the tree), and the case's status as the later stages move it on.
 * Resident IDs and bank cards are encrypted at rest and shown masked. Its {@code ui} holds the household editor
 * (size, income, profile, member rows) that intake and the completion of an emergency file share.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "workflow", "shell", "shell :: ui",
        "shared"})
package org.bangfu.identification;
