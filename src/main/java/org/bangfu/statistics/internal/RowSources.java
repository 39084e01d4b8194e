package org.bangfu.statistics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.campaign.CampaignTarget;
import org.bangfu.statistics.FormCode;

/**
 * Where each computed row comes from: which records (campaign recipients, aid payments, money arriving, exits) and
 * which values of their grouping column (target, aid type, fund source, outcome with grade or route) it counts.
 * The same mapping groups the figures and selects the records of a drill-down.
 */
final class RowSources {

    enum Records { RECIPIENTS, AID, FUNDING, EXITS }

    /** A computed row: its records, the grouping values it takes, and whether it counts or sums money. */
    record Source(Records records, List<String> values, boolean money, String outcome, boolean byRoute) {
    }

    static final List<String> AID_TYPES = List.of("LIVING", "MEDICAL", "EDUCATION", "TRAINING", "JOB_PLACEMENT");
    static final List<String> GRADES = List.of("DEEP", "RELATIVE", "ACCIDENT");
    static final List<String> ROUTES = List.of("EMPLOYMENT", "SOCIAL_INSURANCE", "MEDICAL_INSURANCE", "DIBAO");
    /** Marks "every other value" (other aid types, no grade, other or no route). */
    static final String OTHER = "*";

    private static final Map<FormCode, Map<String, Source>> SOURCES = new LinkedHashMap<>();

    static {
        Map<String, Source> warmth = new LinkedHashMap<>();
        for (CampaignTarget target : CampaignTarget.values()) {
            add(warmth, target.countRow(), new Source(Records.RECIPIENTS, List.of(target.name()), false, null, false));
            add(warmth, target.moneyRow(), new Source(Records.RECIPIENTS, List.of(target.name()), true, null, false));
        }
        warmth.put("E2", aid(false, "LIVING"));
        warmth.put("E3", aid(false, "MEDICAL"));
        warmth.put("E4", aid(false, "EDUCATION"));
        warmth.put("E5", aid(false, "TRAINING", "JOB_PLACEMENT", "LEGAL", OTHER));
        SOURCES.put(FormCode.WARMTH, warmth);

        Map<String, Source> centre = new LinkedHashMap<>();
        List<List<String>> funding = List.of(List.of("CENTRAL_SPECIAL"), List.of("LOCAL_GOVERNMENT"),
                List.of("UNION_ALLOCATION", "UNION_OWN"), List.of("DONATION"), List.of("INTEREST", "OTHER"));
        for (int i = 0; i < funding.size(); i++) {
            centre.put("E" + (i + 1), new Source(Records.FUNDING, funding.get(i), true, null, false));
        }
        for (int i = 0; i < AID_TYPES.size(); i++) {
            centre.put("F" + (i + 1), aid(false, AID_TYPES.get(i)));
            centre.put("G" + (i + 1), aid(true, AID_TYPES.get(i)));
        }
        centre.put("F6", aid(false, "LEGAL", OTHER));
        centre.put("G6", aid(true, "LEGAL", OTHER));
        for (int i = 0; i < ROUTES.size(); i++) {
            centre.put("H" + (i + 1), new Source(Records.EXITS, List.of(ROUTES.get(i)), false, "EXIT", true));
        }
        centre.put("J", new Source(Records.FUNDING, List.of("DONATION"), true, null, false));
        SOURCES.put(FormCode.CENTRE, centre);

        Map<String, Source> exit = new LinkedHashMap<>();
        for (String total : List.of("A", "B")) {
            String outcome = total.equals("A") ? "RELIEVED" : "EXIT";
            for (int i = 0; i < 4; i++) {
                String grade = i < GRADES.size() ? GRADES.get(i) : OTHER;
                exit.put(total + (i + 1), new Source(Records.EXITS, List.of(grade), false, outcome, false));
            }
            for (int i = 0; i < 5; i++) {
                String route = i < ROUTES.size() ? ROUTES.get(i) : OTHER;
                exit.put(total + (i + 5), new Source(Records.EXITS, List.of(route), false, outcome, true));
            }
        }
        SOURCES.put(FormCode.EXIT, exit);
    }

    private RowSources() {
    }

    private static void add(Map<String, Source> rows, String row, Source source) {
        Source known = rows.get(row);
        if (known == null) {
            rows.put(row, source);
        } else {
            List<String> values = new ArrayList<>(known.values());
            values.addAll(source.values());
            rows.put(row, new Source(known.records(), values, known.money(), null, false));
        }
    }

    private static Source aid(boolean money, String... types) {
        return new Source(Records.AID, List.of(types), money, null, false);
    }

    static Map<String, Source> of(FormCode form) {
        return SOURCES.get(form);
    }

    static Optional<Source> of(FormCode form, String row) {
        return Optional.ofNullable(SOURCES.get(form).get(row));
    }

    /** Whether a grouping value falls in a source's values ({@link #OTHER} takes what no named value takes). */
    static boolean takes(Source source, String value, List<String> named) {
        if (value != null && source.values().contains(value)) {
            return true;
        }
        return source.values().contains(OTHER) && (value == null || !named.contains(value));
    }
}
