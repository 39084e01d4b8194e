package org.bangfu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

/**
 * Finds the widgets of a screen by their ids, as a browser test does, so that the screens need not expose their
 * fields. The search walks the component tree below the root (hidden components included, a dialog's header and
 * footer too); an opened dialog is not below its screen, so it is searched from the dialog itself. Grid cells are
 * not in the tree: tests reach them through the grid.
 */
public final class Widgets {

    private Widgets() {
    }

    /** The one component of that type with that id below (or at) the root; fails naming both if none or several. */
    public static <T extends Component> T find(Component root, Class<T> type, String id) {
        List<T> found = descendants(root).filter(type::isInstance)
                .filter(c -> c.getId().filter(id::equals).isPresent()).map(type::cast).toList();
        if (found.size() != 1) {
            throw new AssertionError((found.isEmpty() ? "no " : found.size() + " of ") + type.getSimpleName()
                    + " with id \"" + id + "\" in " + root.getClass().getSimpleName());
        }
        return found.get(0);
    }

    /** The grid with that id, its row type given by the caller: {@code Widgets.<TaskItem>grid(view, "inbox-grid")}. */
    @SuppressWarnings("unchecked")
    public static <R> Grid<R> grid(Component root, String id) {
        return find(root, Grid.class, id);
    }

    /** The components of that type whose id starts with the prefix, in tree order. */
    public static <T extends Component> List<T> findAll(Component root, Class<T> type, String idPrefix) {
        return descendants(root).filter(type::isInstance)
                .filter(c -> c.getId().filter(i -> i.startsWith(idPrefix)).isPresent()).map(type::cast).toList();
    }

    private static Stream<Component> descendants(Component root) {
        List<Component> all = new ArrayList<>();
        collect(root, all);
        return all.stream();
    }

    private static void collect(Component component, List<Component> into) {
        into.add(component);
        component.getChildren().forEach(child -> collect(child, into));
        if (component instanceof Dialog dialog) { // header and footer are outside the dialog's children
            Stream.of(dialog.getHeader().getElement(), dialog.getFooter().getElement())
                    .flatMap(Element::getChildren).flatMap(e -> e.getComponent().stream())
                    .forEach(child -> collect(child, into));
        }
    }
}
