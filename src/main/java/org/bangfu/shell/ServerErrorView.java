package org.bangfu.shell;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a screen shows when opening it failed: a plain message and a reference to find the stack trace in the server
 * log, never the exception itself (Vaadin's own error view prints the stack trace outside production mode).
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Screen error {} opening '{}'", reference, event.getLocation().getPath(),
                parameter.getCaughtException());
        removeAll();
        H2 title = new H2(getTranslation("error.screen.title"));
        Paragraph text = new Paragraph(getTranslation("error.screen.text", reference));
        text.setId("error-reference");
        add(title, text);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
