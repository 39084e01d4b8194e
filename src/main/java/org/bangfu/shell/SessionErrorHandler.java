package org.bangfu.shell;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bangfu.shared.BangfuException;
import org.bangfu.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * What every screen does with an exception it does not handle itself: a refusal shows its translated message in a
 * notification; anything else shows a plain Chinese (or English) message with a short reference, and is logged under
 * that reference and audited (through {@link UnexpectedErrorOccurred}), never shown to the user as a stack trace.
 * Public for the browserless UI tests, whose sessions are made without init listeners.
 */
@Component
public class SessionErrorHandler extends DefaultErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    // Sessions are not serialized (no clustering); the handler is the application's single bean.
    private final transient ApplicationEventPublisher events;
    private final transient Clock clock;

    SessionErrorHandler(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        if (!shouldHandle(thrown)) {
            return; // the browser went away mid-request and the like: nothing for anyone to do
        }
        UI ui = UI.getCurrent();
        Optional<BangfuException> refusal = BangfuException.causing(thrown);
        if (refusal.isPresent()) {
            if (ui != null) {
                FieldErrors.notify(message(ui, refusal.get()));
            }
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        // the path only: query parameters may carry search terms such as names
        String route = ui == null ? null : ui.getInternals().getActiveViewLocation().getPath();
        String username = username();
        log.error("Unexpected error {} for {} on '{}'", reference, username, route, thrown);
        if (ui != null) {
            FieldErrors.notify(ui.getTranslation("error.unexpected", reference));
        }
        try {
            events.publishEvent(new UnexpectedErrorOccurred(reference, username, route,
                    DefaultErrorHandler.findRelevantThrowable(thrown).getClass().getName(), clock.instant()));
        } catch (RuntimeException auditFailed) {
            log.error("Unexpected error {} could not be audited", reference, auditFailed);
        }
    }

    /** A field refusal without fields on screen lists its messages; any other refusal says its one message. */
    private static String message(UI ui, BangfuException refusal) {
        if (refusal instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            return invalid.errors().stream().map(e -> ui.getTranslation(e.messageKey(), e.args().toArray()))
                    .collect(Collectors.joining("; "));
        }
        return ui.getTranslation(refusal.messageKey(), refusal.args().toArray());
    }

    private static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
