package org.bangfu.shell.ui;

import org.bangfu.organization.People;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** A person on a screen: the name, the login name on hover; the system's own steps as "系统" (or "System"). */
public final class Persons {

    private Persons() {
    }

    /** The name to show for a login name recorded as actor, assignee or author; empty for none. */
    public static String name(Component owner, People people, String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (People.SYSTEM.equals(username)) {
            return owner.getTranslation("person.system");
        }
        return people.name(username);
    }

    /** The name with the login name as the hover text. */
    public static Span span(Component owner, People people, String username) {
        Span span = new Span(name(owner, people, username));
        if (username != null && !People.SYSTEM.equals(username)) {
            span.setTitle(username);
        }
        return span;
    }

    /** The hover text of a grid cell showing a person: the login name (none for the system). */
    public static String login(String username) {
        return username == null || People.SYSTEM.equals(username) ? "" : username;
    }
}
