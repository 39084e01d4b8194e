package org.bangfu.funds;

/**
 * The outcome of importing a bank result file: how many lines paid and failed, and whether the same file had been
 * applied before (then nothing changed).
 */
public record ResultImport(long batchId, int lines, int paid, int failed, boolean alreadyImported) {
}
