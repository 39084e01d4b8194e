package org.bangfu.benchmark.province;

import java.util.Locale;

/**
 * What the province generator makes: the seed, the size of the tree, how many open tasks wait in one county's inbox
 * and how many closed cases lie in the history, and the database it all goes into. {@code stopAfter} ends a run
 * after the named stage (to test resuming, or to build a province in steps).
 */
public record ProvinceOptions(long seed, int cities, int counties, int units, int open, int closed, String county,
        String db, int threads, String stopAfter) {

    public ProvinceOptions {
        if (cities < 1 || cities > ProvinceNames.CITIES.size()) {
            throw new IllegalArgumentException("cities must be 1.." + ProvinceNames.CITIES.size());
        }
        if (counties < cities || units < counties || open < 0 || closed < 0 || threads < 1) {
            throw new IllegalArgumentException("need counties >= cities, units >= counties, open, closed >= 0");
        }
        if (!db.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name: lower-case letters, digits and _ only: " + db);
        }
    }

    /** The defaults of {@code bench/province}: a realistic province. */
    public static ProvinceOptions fromSystemProperties() {
        return new ProvinceOptions(Long.getLong("bangfu.bench.seed", 1), Integer.getInteger("bangfu.bench.cities", 18),
                Integer.getInteger("bangfu.bench.counties", 150), Integer.getInteger("bangfu.bench.units", 20_000),
                Integer.getInteger("bangfu.bench.open", 20_000), Integer.getInteger("bangfu.bench.closed", 100_000),
                System.getProperty("bangfu.bench.county", "410102"),
                System.getProperty("bangfu.bench.db", "bangfu_province"),
                Integer.getInteger("bangfu.bench.threads", 4), System.getProperty("bangfu.bench.stop-after", ""));
    }

    public ProvinceOptions withDb(String name) {
        return new ProvinceOptions(seed, cities, counties, units, open, closed, county, name, threads, stopAfter);
    }

    public ProvinceOptions stoppingAfter(String stage) {
        return new ProvinceOptions(seed, cities, counties, units, open, closed, county, db, threads, stage);
    }

    /** What the data depends on: a re-run must be asked for the same province to continue it. */
    String fingerprint() {
        return String.format(Locale.ROOT, "seed=%d cities=%d counties=%d units=%d open=%d closed=%d county=%s", seed,
                cities, counties, units, open, closed, county);
    }
}
