package org.bangfu.casework.ui;

/**
 * The shell's {@link org.bangfu.shell.ui.ErrorText} under its old name. Kept only so that the task forms
 * ({@code casework.ui.forms}) and {@code DeploymentsView} compile while they are being rewritten; remove once they
 * import {@code org.bangfu.shell.ui.ErrorText}.
 */
public class ErrorText extends org.bangfu.shell.ui.ErrorText {
}
