package org.bangfu.statistics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.StatisticsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * A print-friendly form without the application's menu: title, the line 填报单位/填报人/日期, the plain table and a
 * print button ({@code statistics/print?form=WARMTH&unit=6&from=2026-01-01&to=2026-03-31&consolidated=false}).
 */
@Route(value = "statistics/print", autoLayout = false)
@PermitAll
public class PrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StatisticsService statistics;
    private final CurrentUser user;
    private final Clock clock;

    public PrintView(StatisticsService statistics, CurrentUsers users, Clock clock) {
        this.statistics = statistics;
        this.user = users.require();
        this.clock = clock;
        getStyle().set("padding", "1em").set("background", "white").set("color", "black");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            show(query);
        } catch (org.bangfu.shared.BangfuException refused) {
            add(new Paragraph(getTranslation(refused.messageKey(), refused.args().toArray())));
        } catch (RuntimeException malformed) {
            add(new Paragraph(getTranslation("validation.format")));
        }
    }

    private void show(Map<String, List<String>> query) {
        FormCode form = FormCode.valueOf(first(query, "form", "WARMTH"));
        long unit = Long.parseLong(first(query, "unit", String.valueOf(user.unit().id())));
        LocalDate from = LocalDate.parse(first(query, "from", LocalDate.now(clock).withDayOfYear(1).toString()));
        LocalDate to = LocalDate.parse(first(query, "to", LocalDate.now(clock).toString()));
        FormResult result = Boolean.parseBoolean(first(query, "consolidated", "false"))
                ? statistics.consolidated(form, unit, from, to, user) : statistics.compute(form, unit, from, to, user);
        Button print = new Button(getTranslation("statistics.printNow"),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("statistics-print");
        print.getElement().getClassList().add("no-print");
        print.getElement().executeJs("const s=document.createElement('style');"
                + "s.textContent='@media print{.no-print{display:none}}';document.head.appendChild(s)");
        LocalDate today = LocalDate.now(clock);
        H3 title = new H3(getTranslation("statistics.form." + form)
                + (result.consolidated() ? getTranslation("statistics.consolidatedSuffix") : ""));
        title.getStyle().set("text-align", "center");
        add(print, title, new Paragraph(getTranslation("statistics.xlsx.info", result.unitName(),
                        user.displayName(), "", today.getYear(), today.getMonthValue(), today.getDayOfMonth(),
                        from.toString(), to.toString())),
                FormTable.table(this, result, row -> new Span(FormTable.text(this, row))),
                FormTable.checks(this, result));
    }

    private static String first(Map<String, List<String>> query, String name, String fallback) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title");
    }
}
