package org.bangfu.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

/** Simplified Chinese by default whatever the browser says; English on request, kept for the session. */
@Component
public class Languages implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    private static final String SESSION_KEY = "bangfu.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(sessionLocale()));
    }

    /**
     * The language of a request answered outside Spring MVC (servlet filters): English only when Accept-Language
     * prefers it, Chinese otherwise, also when the header is missing (the servlet container would fall back to the
     * server's own locale).
     */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return CHINESE;
        }
        return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    static Locale sessionLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : CHINESE;
    }

    /** A language picker that switches the whole UI and remembers the choice. */
    public static Select<Locale> picker() {
        Select<Locale> select = new Select<>();
        select.setItems(SUPPORTED);
        select.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale)); // each in its own language
        select.setValue(sessionLocale());
        select.setWidth("8em");
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(SESSION_KEY, change.getValue());
                UI.getCurrent().setLocale(change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }
}
