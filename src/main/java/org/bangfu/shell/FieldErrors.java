package org.bangfu.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.bangfu.shared.BangfuException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The fields of a form by the name the services use in their refusals ({@code amount}, {@code profile.health},
 * {@code members[1].residentId} …): a refusal is shown next to its field; what has no field goes to a notification.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Function<String, HasValidation>> prefixes = new LinkedHashMap<>();
    private final Map<Class<? extends BangfuException>, String> refusalFields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    /** Registers a field under the service's name for it; returns it for chaining. */
    public <T extends HasValidation> T add(String name, T field) {
        fields.put(name, field);
        return field;
    }

    /** Fields whose names start with the prefix are looked up when needed (rows added and removed on screen). */
    public void addPrefix(String prefix, Function<String, HasValidation> lookup) {
        prefixes.put(prefix, lookup);
    }

    /**
     * Shows a refusal of the given type beside the named field instead of in a notification (a duplicate resident
     * ID beside the ID, an unknown day beside the date); returns this for chaining.
     */
    public FieldErrors showBeside(Class<? extends BangfuException> type, String field) {
        refusalFields.put(type, field);
        return this;
    }

    /**
     * Clears the marks and runs the action; a field-level refusal (an {@link InvalidInputException}, or a type given
     * to {@link #showBeside}) is shown beside its field and answers false. Every other refusal or failure goes on to
     * the session's error handler, which shows it in a notification, so no screen needs its own catch.
     */
    public boolean run(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (RuntimeException thrown) {
            Optional<BangfuException> refusal = BangfuException.causing(thrown);
            if (refusal.isPresent() && refusal.get() instanceof InvalidInputException invalid) {
                show(invalid);
                return false;
            }
            Optional<String> field = refusal.flatMap(this::fieldFor);
            if (field.isPresent()) {
                show(FieldError.of(field.get(), refusal.get().messageKey(), refusal.get().args().toArray()));
                return false;
            }
            throw thrown;
        }
    }

    private Optional<String> fieldFor(BangfuException refusal) {
        return refusalFields.entrySet().stream().filter(e -> e.getKey().isInstance(refusal)).map(Map.Entry::getValue)
                .findFirst();
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        prefixes.values().forEach(lookup -> {
            if (lookup instanceof Clearable clearable) {
                clearable.clearAll();
            }
        });
    }

    /** Marks a field as refused with the translated message; unknown fields become a notification. */
    public void show(FieldError error) {
        String message = owner.getTranslation(error.messageKey(), error.args().toArray());
        HasValidation field = find(error.field());
        if (field == null) {
            notify(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public void show(InvalidInputException refused) {
        refused.errors().forEach(this::show);
    }

    /** Field errors next to their fields, any other refusal as a notification. */
    public void show(BangfuException refused) {
        if (refused instanceof InvalidInputException invalid) {
            show(invalid);
        } else {
            notify(owner.getTranslation(refused.messageKey(), refused.args().toArray()));
        }
    }

    public HasValidation find(String name) {
        HasValidation field = fields.get(name);
        if (field != null) {
            return field;
        }
        return prefixes.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                .map(e -> e.getValue().apply(name)).filter(f -> f != null).findFirst().orElse(null);
    }

    public static void notify(String message) {
        Notification note = Notification.show(message, 5000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A prefix lookup that can also reset the fields it finds. */
    public interface Clearable extends Function<String, HasValidation> {
        void clearAll();
    }
}
