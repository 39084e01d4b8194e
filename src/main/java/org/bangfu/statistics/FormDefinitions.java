package org.bangfu.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of the three forms (docs/statistics.md lists them with their wording and sources). The first rows of the
 * warmth form (A, B, C1-C6) are garbled in the seed and reconstructed from the target groups of GUIDE.md section 11.
 */
final class FormDefinitions {

    private FormDefinitions() {
    }

    static final FormDefinition WARMTH;
    static final FormDefinition CENTRE;
    static final FormDefinition EXIT;

    static {
        Rows w = new Rows();
        w.sum("A", RowUnit.ORGS, 0, "A1", "A2").computed("A1", RowUnit.ORGS, 1).computed("A2", RowUnit.ORGS, 1);
        w.sum("B", RowUnit.WAN_YUAN, 0, "B1", "B2").computed("B1", RowUnit.WAN_YUAN, 1)
                .computed("B2", RowUnit.WAN_YUAN, 1);
        w.sum("C", RowUnit.TIMES, 0, range("C", 1, 11)).sum("D", RowUnit.WAN_YUAN, 0, range("D", 1, 11));
        for (int i = 1; i <= 11; i++) {
            w.computed("C" + i, RowUnit.TIMES, 1).computed("D" + i, RowUnit.WAN_YUAN, 1);
        }
        w.sum("E", RowUnit.TIMES, 0, range("E", 1, 5)).entered("E1", RowUnit.TIMES, 1);
        for (int i = 2; i <= 5; i++) {
            w.computed("E" + i, RowUnit.TIMES, 1);
        }
        w.sum("F", RowUnit.TIMES, 0, range("F", 1, 3));
        for (int i = 1; i <= 3; i++) {
            w.entered("F" + i, RowUnit.TIMES, 1);
        }
        w.entered("G", RowUnit.TIMES, 0).entered("H", RowUnit.TIMES, 0).entered("I", RowUnit.WAN_YUAN, 0)
                .computed("J1", RowUnit.TIMES, 0).computed("J2", RowUnit.WAN_YUAN, 0);
        WARMTH = new FormDefinition(FormCode.WARMTH, w.rows, List.of());

        Rows c = new Rows();
        c.sum("A", RowUnit.ORGS, 0, "A1", "A2", "A3");
        for (int i = 1; i <= 3; i++) {
            c.entered("A" + i, RowUnit.ORGS, 1);
        }
        c.sum("B", RowUnit.PEOPLE, 0, "B1", "B2", "B3");
        for (int i = 1; i <= 3; i++) {
            c.sum("B" + i, RowUnit.PEOPLE, 1, "B" + i + "a", "B" + i + "b", "B" + i + "c");
            for (String kind : List.of("a", "b", "c")) {
                c.entered("B" + i + kind, RowUnit.PEOPLE, 2);
            }
        }
        c.entered("C", RowUnit.PEOPLE, 0).entered("D", RowUnit.ORGS, 0).within("D1", RowUnit.ORGS, "D");
        c.sum("E", RowUnit.WAN_YUAN, 0, range("E", 1, 5)).subtree();
        for (int i = 1; i <= 5; i++) {
            c.computed("E" + i, RowUnit.WAN_YUAN, 1).subtree();
        }
        c.sum("F", RowUnit.TIMES, 0, range("F", 1, 6)).sum("G", RowUnit.WAN_YUAN, 0, range("G", 1, 6));
        for (int i = 1; i <= 6; i++) {
            c.computed("F" + i, RowUnit.TIMES, 1).computed("G" + i, RowUnit.WAN_YUAN, 1);
        }
        c.sum("H", RowUnit.HOUSEHOLDS, 0, range("H", 1, 4));
        for (int i = 1; i <= 4; i++) {
            c.computed("H" + i, RowUnit.HOUSEHOLDS, 1);
        }
        c.entered("I", RowUnit.YES_NO, 0).computed("J", RowUnit.WAN_YUAN, 0).subtree();
        c.sum("K", RowUnit.TIMES, 0, "K1", "K2").entered("K1", RowUnit.TIMES, 1).entered("K2", RowUnit.TIMES, 1);
        c.entered("L", RowUnit.WAN_YUAN, 0).entered("M", RowUnit.WAN_YUAN, 0);
        CENTRE = new FormDefinition(FormCode.CENTRE, c.rows, List.of());

        Rows e = new Rows();
        List<Identity> routes = new ArrayList<>();
        for (String total : List.of("A", "B")) {
            e.sum(total, RowUnit.HOUSEHOLDS, 0, range(total, 1, 4));
            for (int i = 1; i <= 9; i++) {
                e.computed(total + i, RowUnit.HOUSEHOLDS, 1);
            }
            routes.add(new Identity(total, List.of(range(total, 5, 9)), false));
        }
        e.sum("C", RowUnit.HOUSEHOLDS, 0, "A", "B");
        EXIT = new FormDefinition(FormCode.EXIT, e.rows, routes);
    }

    static String[] range(String prefix, int first, int last) {
        String[] codes = new String[last - first + 1];
        for (int i = first; i <= last; i++) {
            codes[i - first] = prefix + i;
        }
        return codes;
    }

    private static final class Rows {
        final List<RowDefinition> rows = new ArrayList<>();

        Rows sum(String code, RowUnit unit, int depth, String... parts) {
            rows.add(new RowDefinition(code, unit, RowKind.SUM, Arrays.asList(parts), null, depth, false));
            return this;
        }

        Rows computed(String code, RowUnit unit, int depth) {
            rows.add(new RowDefinition(code, unit, RowKind.COMPUTED, List.of(), null, depth, false));
            return this;
        }

        Rows entered(String code, RowUnit unit, int depth) {
            rows.add(new RowDefinition(code, unit, RowKind.ENTERED, List.of(), null, depth, false));
            return this;
        }

        Rows within(String code, RowUnit unit, String total) {
            rows.add(new RowDefinition(code, unit, RowKind.ENTERED, List.of(), total, 1, false));
            return this;
        }

        /** The last row is taken from the whole subtree in the consolidated form. */
        Rows subtree() {
            RowDefinition last = rows.remove(rows.size() - 1);
            rows.add(new RowDefinition(last.code(), last.unit(), last.kind(), last.parts(), last.within(),
                    last.depth(), true));
            return this;
        }
    }
}
