package org.bangfu.casework.ui;

/**
 * Identification's {@link org.bangfu.identification.ui.HouseholdEditor} under its old name. Kept only so that
 * {@code forms.CompleteEmergencyForm} compiles while the task forms are being rewritten; remove once it imports
 * {@code org.bangfu.identification.ui.HouseholdEditor}.
 */
public class HouseholdEditor extends org.bangfu.identification.ui.HouseholdEditor {
}
