package org.bangfu.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.bangfu.dashboard.DashboardService.FileRow;
import org.bangfu.shell.XlsxExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;

/**
 * One work list of the dashboard: a lazy grid of files (a click opens the case), their number and the .xlsx export
 * of the whole list.
 */
public class FileList extends VerticalLayout {

    /** The list's source: pages and count for the grid, the whole list for the export. */
    record Rows(BiFunction<Integer, Integer, List<FileRow>> page, IntSupplier count, Supplier<List<FileRow>> all) {
    }

    private final Grid<FileRow> grid = new Grid<>();
    private final Span count = new Span();
    private final Anchor export;

    private final Rows rows;
    private final Clock clock;
    private final String title;

    @SuppressWarnings("deprecation")
    FileList(String id, String titleKey, String hintKey, String emptyKey, Rows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.title = getTranslation(titleKey);
        setPadding(false);
        setId(id);
        grid.setId(id + "-grid");
        grid.addColumn(FileRow::caseNo).setHeader(getTranslation("dashboard.list.caseNo")).setKey("caseNo")
                .setAutoWidth(true);
        grid.addColumn(FileRow::workerName).setHeader(getTranslation("dashboard.list.worker")).setKey("worker");
        grid.addColumn(FileRow::unitName).setHeader(getTranslation("dashboard.list.unit")).setKey("unit")
                .setAutoWidth(true);
        grid.addColumn(this::grade).setHeader(getTranslation("dashboard.list.grade")).setKey("grade");
        grid.addColumn(r -> date(r.lastChange())).setHeader(getTranslation("dashboard.list.lastChange"))
                .setKey("lastChange");
        grid.addColumn(r -> date(r.filedAt())).setHeader(getTranslation("dashboard.list.filedAt"))
                .setKey("filedAt");
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setAllRowsVisible(false);
        grid.setHeight("320px");
        grid.addItemClickListener(click -> open(click.getItem()));
        count.setId(id + "-count");
        StreamResource file = new StreamResource(id + ".xlsx", () -> new ByteArrayInputStream(xlsx()));
        export = new Anchor(file, getTranslation("dashboard.export"));
        export.getElement().setAttribute("download", true);
        export.setId(id + "-export");
        add(new H3(title), new Span(getTranslation(hintKey)), new HorizontalLayout(count, export), grid);
    }

    public void refresh() {
        int total = rows.count().getAsInt(); // counted once per refresh: the grid and the label share it
        grid.setItems(query -> rows.page().apply(query.getOffset(), query.getLimit()).stream(), query -> total);
        count.setText(getTranslation("dashboard.list.count", total));
    }

    /** Opens the case screen (route {@code cases/:caseNo} of casework, by path: this module cannot see casework). */
    public void open(FileRow row) {
        getUI().ifPresent(ui -> ui.navigate("cases/" + row.caseNo()));
    }

    /** The rows as an .xlsx workbook, with the columns of the grid. */
    public byte[] xlsx() {
        List<List<Object>> table = new ArrayList<>();
        for (FileRow r : rows.all().get()) {
            table.add(List.of(r.caseNo(), r.workerName(), r.unitName(), grade(r), date(r.lastChange()),
                    date(r.filedAt())));
        }
        return XlsxExport.table(title, List.of(getTranslation("dashboard.list.caseNo"),
                getTranslation("dashboard.list.worker"), getTranslation("dashboard.list.unit"),
                getTranslation("dashboard.list.grade"), getTranslation("dashboard.list.lastChange"),
                getTranslation("dashboard.list.filedAt")), table);
    }

    private String grade(FileRow row) {
        return row.grade() == null ? getTranslation("dashboard.ungraded") : getTranslation("enum.Grade." + row.grade());
    }

    private String date(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(clock.getZone()).toLocalDate().toString();
    }
}
