package org.bangfu.workflow;

/**
 * One versioned step that moves running process instances to new model versions. Flyway's migration inserts its
 * row into {@code process_migration}; {@link ProcessMigrations} runs it once the engine has deployed the models.
 */
public interface ProcessMigration {

    /** The id of its row in {@code process_migration}. */
    String id();

    /** Moves the instances; answers what moved and what did not. */
    Result migrate();

    /** How many instances moved, how many could not (and why, per process definition). */
    record Result(int migrated, int failed, String report) {
    }
}
