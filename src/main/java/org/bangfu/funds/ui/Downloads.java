package org.bangfu.funds.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;

/** A link that produces its file when clicked (an export is made, and recorded, only when someone downloads it). */
final class Downloads {

    private Downloads() {
    }

    @SuppressWarnings("deprecation")
    static Anchor link(String id, String text, String fileName, Supplier<byte[]> content) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(content.get()));
        Anchor anchor = new Anchor(resource, text);
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
