package org.bangfu.shell.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** The error line of something that is not an input field (an upload, a list): shown only while invalid. */
public class ErrorText extends Span implements HasValidation {

    private String errorMessage = "";
    private boolean invalid;

    public ErrorText() {
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        setText(this.errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
