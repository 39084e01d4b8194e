package org.bangfu.statistics.ui;

import java.math.BigDecimal;
import java.util.function.Function;

import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.FormRow;
import org.bangfu.statistics.IdentityViolation;
import org.bangfu.statistics.RowUnit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A form as a plain bordered table (编号 | 项目 | 单位 | 合计), the value cell made by the caller, and its checks. */
final class FormTable {

    private FormTable() {
    }

    static NativeTable table(Component owner, FormResult result, Function<FormRow, Component> valueCell) {
        NativeTable table = new NativeTable();
        table.getStyle().set("border-collapse", "collapse");
        NativeTableRow header = table.getHead().addRow();
        for (String key : new String[] {"statistics.column.code", "statistics.column.item", "statistics.column.unit",
                "statistics.column.total"}) {
            header.addHeaderCell().add(new Span(owner.getTranslation(key)));
        }
        for (FormRow row : result.rows()) {
            NativeTableRow line = table.getBody().addRow();
            line.setId("row-" + row.code());
            line.addDataCell().add(new Span(row.code()));
            Span label = new Span(owner.getTranslation(row.labelKey()));
            label.getStyle().set("padding-left", row.depth() * 1.5 + "em");
            line.addDataCell().add(label);
            line.addDataCell().add(new Span(owner.getTranslation("enum.RowUnit." + row.unit())));
            line.addDataCell().add(valueCell.apply(row));
        }
        table.getChildren().forEach(part -> part.getElement().getChildren().forEach(tr -> tr.getChildren()
                .forEach(td -> td.getStyle().set("border", "1px solid #999").set("padding", "2px 6px"))));
        return table;
    }

    static String text(Component owner, FormRow row) {
        return text(owner, row.unit(), row.value());
    }

    static String text(Component owner, RowUnit unit, BigDecimal value) {
        if (unit == RowUnit.YES_NO) {
            return owner.getTranslation(value.signum() > 0 ? "statistics.yes" : "statistics.no");
        }
        return unit.money() ? value.setScale(2).toPlainString() : value.setScale(0).toPlainString();
    }

    /** The identity checks: one line per broken identity, or that all hold. */
    static Div checks(Component owner, FormResult result) {
        Div checks = new Div();
        checks.setId("statistics-checks");
        if (result.violations().isEmpty()) {
            checks.add(new Paragraph(owner.getTranslation("statistics.identitiesHold")));
        }
        for (IdentityViolation broken : result.violations()) {
            Paragraph line = new Paragraph(owner.getTranslation("statistics.violation", broken.identity().text(),
                    broken.totalValue().toPlainString(), broken.partsValue().toPlainString()));
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            checks.add(line);
        }
        return checks;
    }
}
