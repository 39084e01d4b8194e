/**
 * Versioned steps that move running instances of the shipped models to their new versions with Camunda's migration
 * API (requested by a Flyway migration, run once by {@link org.bangfu.workflow.ProcessMigrations}). They name BPMN
 * elements of the models they move, never a feature's classes.
 */
package org.bangfu.workflow.migration;
