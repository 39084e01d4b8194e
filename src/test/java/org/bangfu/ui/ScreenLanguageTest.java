package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bangfu.identification.HardshipCase;
import org.bangfu.shell.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

/**
 * Walks every screen as every demo role, in Chinese and in English, and reads what a person would read there: own
 * texts, labels, placeholders, titles, grid headers and empty-list texts, and the first rows of every grid. It fails
 * on a missing translation ({@code !key}), on a raw code or English word on a Chinese screen, on Chinese on an English
 * screen (names of people and units, which are data, aside), on a grid without an empty-list text, and on a screen
 * that fails to open.
 */
class ScreenLanguageTest extends UiTest {

    private static final List<String> USERS = List.of("cw_canyin", "cw_zhongyuan", "approver_zhongyuan",
            "finance_zhongyuan", "cw_zhengzhou", "auditor_zhengzhou", "analyst", "admin");
    /** Words that are Chinese usage too: file kinds, abbreviations a clerk reads as they are. */
    private static final Set<String> WORDS_ON_CHINESE_SCREENS = Set.of("pdf", "csv", "xlsx", "png", "jpg", "jpeg",
            "PDF", "CSV", "XLSX", "JPG", "PNG", "Word", "GBK", "UTF", "BPMN", "DMN", "APP", "REST", "SMS", "Excel", "Camunda",
            "Modeler", "Cockpit", "English");
    /**
     * Columns not read: login names on the user administration screen (codes by design), and the audit rows' detail
     * texts, which are written once into the hash chain as recorded text. Issue 15 part 2, still open: audit details
     * recorded as a message key with its values, shown in the reader's language.
     */
    private static final Set<String> CODE_COLUMNS = Set.of("username", "audit-detail");
    /**
     * The means-check file's column line as the civil-affairs exchange defines it today (issue 15 part 2, still
     * open: Chinese column names accepted and shown).
     */
    private static final Pattern EXCHANGE_LAYOUT = Pattern.compile("^residentId,homesOwned,");
    private static final Pattern MISSING_KEY = Pattern.compile("![a-zA-Z][\\w.-]*\\.[\\w.-]+");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w@./-])[A-Za-z][A-Za-z_]{2,}(?![\\w@/-])");
    private static final Set<String> LABEL_TAGS = Set.of("vaadin-button", "h1", "h2", "h3", "h4", "h5", "h6",
            "vaadin-tab", "vaadin-side-nav-item", "vaadin-menu-bar-item", "label", "legend", "th");
    private static final Pattern COMPONENT = Pattern.compile("^[A-Z]\\w*\\[");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3,}(_[A-Z0-9]+)*");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Autowired JdbcClient jdbc;

    @Test
    void everyScreenSpeaksTheUsersLanguageAndEveryListSaysWhatToDoWhenEmpty() {
        UiFixtures journey = new UiFixtures(context);
        HardshipCase open = journey.openFile();
        journey.requestAid(open, "800.00");
        Set<String> data = dataNames();
        List<String> problems = new ArrayList<>();
        for (String user : USERS) {
            for (Locale locale : List.of(Languages.CHINESE, Locale.ENGLISH)) {
                login(user);
                UI.getCurrent().setLocale(locale);
                for (String path : paths(open)) {
                    String where = user + " " + locale.getLanguage() + " /" + path;
                    try {
                        UI.getCurrent().navigate(path);
                    } catch (RuntimeException refused) {
                        if (!String.valueOf(refused.getMessage()).contains("Access is denied")) {
                            problems.add(where + ": does not open: " + refused);
                        }
                        continue;
                    }
                    check(where, locale, UI.getCurrent(), data, problems);
                }
            }
        }
        assertThat(problems).as("texts a person should not read").isEmpty();
    }

    private List<String> paths(HardshipCase open) {
        List<String> paths = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            if (template.equals("login") || template.equals("change-password") || template.contains(":")) {
                continue;
            }
            paths.add(template);
        }
        paths.add("cases/" + open.caseNo());
        return paths;
    }

    /** Names of people and units are data: they stay as they were written, in any language. */
    private Set<String> dataNames() {
        Set<String> names = new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length()
                : a.compareTo(b));
        names.addAll(jdbc.sql("SELECT name FROM org_unit").query(String.class).list());
        names.addAll(jdbc.sql("SELECT display_name FROM app_user").query(String.class).list());
        names.addAll(jdbc.sql("SELECT worker_name FROM hardship_case").query(String.class).list());
        return names;
    }

    private void check(String where, Locale locale, Component root, Set<String> data, List<String> problems) {
        Set<String> logins = Set.copyOf(jdbc.sql("SELECT username FROM app_user").query(String.class).list());
        Set<String> seen = new LinkedHashSet<>();
        walk(root).forEach(component -> read(component, where, problems, seen));
        for (String text : seen) {
            boolean isData = text.startsWith("\u0000");
            String shown = isData ? text.substring(1) : text;
            if (EXCHANGE_LAYOUT.matcher(shown).find()) {
                continue;
            }
            Matcher missing = MISSING_KEY.matcher(shown);
            if (missing.find()) {
                problems.add(where + ": missing text " + missing.group() + " in \"" + shown + "\"");
            }
            if (locale.equals(Languages.CHINESE)) {
                // the screen's own texts: no Latin word at all; data (what people typed, in any language, also
                // other tests' records in this shared database): no code (MANUAL, LIVING_AID) and no login name
                Matcher latin = LATIN_WORD.matcher(shown);
                while (latin.find()) {
                    String word = latin.group();
                    boolean wrong = isData ? CODE.matcher(word).matches() || logins.contains(word)
                            : !WORDS_ON_CHINESE_SCREENS.contains(word);
                    if (wrong && !WORDS_ON_CHINESE_SCREENS.contains(word)) {
                        problems.add(where + ": \"" + latin.group() + "\" in \"" + shown + "\"");
                        break;
                    }
                }
            } else if (!isData) {
                String stripped = shown;
                for (String name : data) {
                    stripped = stripped.replace(name, "");
                }
                if (CJK.matcher(stripped).find()) {
                    problems.add(where + ": Chinese on an English screen: \"" + shown + "\"");
                }
            }
        }
    }

    private static void read(Component component, String where, List<String> problems, Set<String> into) {
        Element element = component.getElement();
        // the text of buttons, headings, tabs and menu entries is the screen's own; other text may be data
        add(into, element.getText(), !LABEL_TAGS.contains(element.getTag()));
        for (String property : List.of("label", "placeholder", "title", "helperText", "summary")) {
            add(into, element.getProperty(property), false);
        }
        add(into, element.getAttribute("title"), false);
        if (component instanceof Details details) {
            add(into, details.getSummaryText(), false);
        }
        if (component instanceof Grid<?> grid && grid.isVisible()) {
            if (grid.getEmptyStateText() == null || grid.getEmptyStateText().isBlank()) {
                problems.add(where + ": a list without an empty-list text" + (grid.getId().map(id -> " (" + id
                        + ")").orElse("") + ", columns " + grid.getColumns().stream()
                        .map(Grid.Column::getHeaderText).toList()));
            } else {
                add(into, grid.getEmptyStateText(), false);
            }
            grid.getColumns().forEach(column -> add(into, column.getHeaderText(), false));
            int rows = Math.min(10, GridKt._size(grid));
            List<? extends Grid.Column<?>> columns = grid.getColumns();
            for (int row = 0; row < rows; row++) {
                List<String> cells = GridKt._getFormattedRow(grid, row);
                for (int c = 0; c < cells.size() && c < columns.size(); c++) {
                    String cell = cells.get(c);
                    // a component cell (buttons, links) is read where the walk meets the component itself
                    String key = columns.get(c).getKey();
                    if ((key == null || !CODE_COLUMNS.contains(key)) && !COMPONENT.matcher(cell).find()) {
                        add(into, cell, true);
                    }
                }
            }
        }
    }

    private static void add(Set<String> into, String text, boolean data) {
        if (text != null && !text.isBlank()) {
            into.add((data ? "\u0000" : "") + text.strip());
        }
    }

    private static Stream<Component> walk(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ScreenLanguageTest::walk));
    }
}
