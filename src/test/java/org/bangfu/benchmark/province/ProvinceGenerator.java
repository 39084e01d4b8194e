package org.bangfu.benchmark.province;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.organization.internal.UnitTreeReload;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.PhoneNumbers;
import org.bangfu.shared.ResidentId;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a province into the database of a running Bangfu (see {@link ProvinceRun}), in stages:
 * <ol>
 * <li>{@code units}: the union tree - cities, counties, grass-roots unions and industry unions (产业工会) with
 * their grass-roots members, codes in the scheme of V1 (county = its division code, a unit below = its parent's code
 * and three digits);</li>
 * <li>{@code users}: case workers, approvers and a finance officer of the inbox county, and a case worker for each
 * of its first grass-roots unions (password {@code demo1234});</li>
 * <li>{@code open-cases}: the files behind the open tasks, filed at the county (status APPLIED), as intake writes
 * them (case, household profile, participant, place in the duplicate check, audit row);</li>
 * <li>{@code open-tasks}: one real {@code HardshipCaseProcess} instance per such file, started by the engine in
 * transactions of 100 on several threads; its first-review task waits in the county's case workers' inbox;</li>
 * <li>{@code closed}: the closed history, bulk-loaded in batches: exited files with their visit, means check,
 * grade, approvals, aid requests, paid payments, exit assessment and watch entry, and refused applications, each
 * with the audit rows the services write, appended to the audit hash chain.</li>
 * </ol>
 * Every value comes from {@link SplittableRandom}s seeded from the seed and the record's number, so the same
 * options give the same data. Progress is kept in {@code bench_province_stage} (a finished stage is skipped) and
 * {@code bench_province_batch} (a finished batch of open files, open tasks or closed cases is skipped), written in the
 * transaction of the work they record.
 */
public final class ProvinceGenerator {

    public static final List<String> STAGES = List.of("units", "users", "open-cases", "open-tasks", "closed");
    /** Ids of generated files (explicit, so that case numbers do not depend on the sequence). */
    static final long CLOSED_BASE = 1_000_000;
    static final long OPEN_BASE = 5_000_000;
    static final int CLOSED_BATCH = 1000;
    static final int OPEN_BATCH = 100;
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** The open files are filed on this day (fixed, so that the data do not depend on when they are made). */
    static final OffsetDateTime OPEN_FILED = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, CHINA);
    static final String PASSWORD = "demo1234";

    /** The outcome: rows per table, a checksum over the generated business data, seconds per stage run. */
    public record Result(Map<String, Long> counts, String checksum, Map<String, Double> seconds) {
    }

    private final ProvinceOptions options;
    private final PrintStream out;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final RuntimeService runtime;
    private final FieldCipher cipher;
    private final PasswordEncoder passwords;
    private final ApplicationContext app;

    ProvinceGenerator(ApplicationContext app, ProvinceOptions options, PrintStream out) {
        this.app = app;
        this.options = options;
        this.out = out;
        this.jdbc = app.getBean(JdbcClient.class);
        this.template = app.getBean(JdbcTemplate.class);
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.runtime = app.getBean(RuntimeService.class);
        this.cipher = app.getBean(FieldCipher.class);
        this.passwords = app.getBean(PasswordEncoder.class);
    }

    public Result run() {
        bookkeeping();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String stage : STAGES) {
            if (finished(stage)) {
                out.printf(Locale.ROOT, "[province] %-16s done before, skipped%n", stage);
            } else {
                long start = System.nanoTime();
                long rows = switch (stage) {
                    case "units" -> units();
                    case "users" -> users();
                    case "open-cases" -> openCases();
                    case "open-tasks" -> openTasks();
                    case "closed" -> closed();
                    default -> throw new IllegalStateException(stage);
                };
                // units written by SQL: the running application reads its cached union tree again
                UnitTreeReload.reload(app);
                double took = (System.nanoTime() - start) / 1e9;
                seconds.put(stage, took);
                jdbc.sql("INSERT INTO bench_province_stage (stage, rows_made, seconds, finished_at)"
                        + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)").params(stage, rows, took).update();
                out.printf(Locale.ROOT, "[province] %-16s finished: %,d in %.1f s%n", stage, rows, took);
            }
            if (stage.equals(options.stopAfter())) {
                out.printf(Locale.ROOT, "[province] stopping after %s as asked%n", stage);
                break;
            }
        }
        fixSequences();
        jdbc.sql("ANALYZE").update();
        Result result = new Result(counts(), checksum(), seconds);
        out.println("[province] rows: " + result.counts());
        out.println("[province] checksum " + result.checksum());
        return result;
    }

    // ------------------------------------------------------------------ bookkeeping

    private void bookkeeping() {
        String url = template.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("the province generator writes to PostgreSQL only, not to " + url);
        }
        jdbc.sql("CREATE TABLE IF NOT EXISTS bench_province (id INT PRIMARY KEY, fingerprint VARCHAR(400) NOT NULL)")
                .update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS bench_province_stage (stage VARCHAR(32) PRIMARY KEY,"
                + " rows_made BIGINT NOT NULL, seconds NUMERIC(12,3) NOT NULL,"
                + " finished_at TIMESTAMP WITH TIME ZONE NOT NULL)").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS bench_province_batch (stage VARCHAR(32) NOT NULL, batch INT NOT NULL,"
                + " PRIMARY KEY (stage, batch))").update();
        String fingerprint = options.fingerprint();
        String known = jdbc.sql("SELECT fingerprint FROM bench_province WHERE id = 1").query(String.class)
                .optional().orElse(null);
        if (known == null) {
            jdbc.sql("INSERT INTO bench_province (id, fingerprint) VALUES (1, ?)").param(fingerprint).update();
        } else if (!known.equals(fingerprint)) {
            throw new IllegalStateException("database " + options.db() + " holds another province (" + known
                    + "); run with the same options to continue it, or use another --db");
        }
    }

    private boolean finished(String stage) {
        return jdbc.sql("SELECT COUNT(*) FROM bench_province_stage WHERE stage = ?").param(stage)
                .query(Integer.class).single() > 0;
    }

    private boolean batchDone(String stage, int batch) {
        return jdbc.sql("SELECT COUNT(*) FROM bench_province_batch WHERE stage = ? AND batch = ?")
                .params(stage, batch).query(Integer.class).single() > 0;
    }

    private int batchesDone(String stage) {
        return jdbc.sql("SELECT COUNT(*) FROM bench_province_batch WHERE stage = ?").param(stage)
                .query(Integer.class).single();
    }

    /** One generator per record: the same seed, stage and number always give the same values. */
    static SplittableRandom random(long seed, int stage, long n) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stage * 0xC2B2AE3D27D4EB4FL + n * 0x165667B19E3779F9L);
    }

    // ------------------------------------------------------------------ units

    record Unit(long id, String code, String name, String level, long parentId, String division, String path) {
    }

    private long units() {
        Map<String, Unit> existing = new HashMap<>();
        jdbc.sql("SELECT id, code, name, level, parent_id, division_code, path FROM org_unit").query((rs, n) ->
                new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7))).list().forEach(u -> existing.put(u.code(), u));
        long[] nextId = {Math.max(1000, jdbc.sql("SELECT MAX(id) FROM org_unit").query(Long.class).single() + 1)};
        Unit province = existing.get("410000");
        List<Unit> fresh = new ArrayList<>();
        SplittableRandom random = random(options.seed(), 1, 0);
        List<ProvinceNames.City> cities = ProvinceNames.CITIES.subList(0, options.cities());
        int[] countyCounts = spread(options.counties(), cities.stream().mapToDouble(ProvinceNames.City::counties)
                .toArray());
        List<Unit> counties = new ArrayList<>();
        List<Unit> industries = new ArrayList<>();
        for (int c = 0; c < cities.size(); c++) {
            ProvinceNames.City city = cities.get(c);
            Unit cityUnit = unit(existing, fresh, nextId, city.code(), city.name() + "总工会", "CITY", province,
                    city.code());
            // counties already in the tree (the demo's 中原区 and 惠济区) count towards the city's share
            List<Unit> ofCity = new ArrayList<>(existing.values().stream().filter(u -> u.level().equals("COUNTY")
                    && u.parentId() == cityUnit.id()).sorted(java.util.Comparator.comparing(Unit::code)).toList());
            for (int k = 0; ofCity.size() < countyCounts[c]; k++) {
                String code;
                String name;
                if (c < ProvinceNames.COUNTY_CODES.size() && k < ProvinceNames.COUNTY_CODES.get(c).size()) {
                    code = ProvinceNames.COUNTY_CODES.get(c).get(k);
                    name = city.name() + city.countyNames().get(k) + "总工会";
                } else {
                    int number = k + 1 + (c < ProvinceNames.COUNTY_CODES.size()
                            ? 50 : city.code().endsWith("00") ? 0 : 10);
                    code = city.code().substring(0, 4) + String.format(Locale.ROOT, "%02d", number);
                    name = city.name() + "第" + (k + 1) + "县区总工会";
                }
                if (!existing.containsKey(code)) {
                    ofCity.add(unit(existing, fresh, nextId, code, name, "COUNTY", cityUnit, code));
                }
            }
            counties.addAll(ofCity);
            if (options.units() >= 200) {
                for (int k = 0; k < 2; k++) {
                    String industry = ProvinceNames.INDUSTRIES.get((c * 2 + k) % ProvinceNames.INDUSTRIES.size());
                    industries.add(unit(existing, fresh, nextId, city.code() + "9" + String.format("%02d", k + 1),
                            city.name() + industry, "INDUSTRY", cityUnit, city.code()));
                }
            }
        }
        int inIndustries = industries.isEmpty() ? 0 : options.units() / 50;
        int[] perIndustry = spread(inIndustries, industries.stream().mapToDouble(u -> 1).toArray());
        for (int i = 0; i < industries.size(); i++) {
            grassroots(existing, fresh, nextId, industries.get(i), perIndustry[i], random);
        }
        double[] weights = counties.stream().mapToDouble(u -> 0.6 + 0.8 * random.nextDouble()).toArray();
        int[] perCounty = spread(options.units() - inIndustries, weights);
        for (int i = 0; i < counties.size(); i++) {
            grassroots(existing, fresh, nextId, counties.get(i), perCounty[i], random);
        }
        Progress progress = new Progress("units", fresh.size(), 0, out);
        transaction.executeWithoutResult(status -> {
            for (int from = 0; from < fresh.size(); from += 1000) {
                List<Unit> chunk = fresh.subList(from, Math.min(fresh.size(), from + 1000));
                template.batchUpdate("INSERT INTO org_unit (id, code, name, level, parent_id, division_code, path)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", chunk.stream().map(u -> new Object[] {u.id(), u.code(),
                        u.name(), u.level(), u.parentId(), u.division(), u.path()}).toList());
                progress.add(chunk.size());
            }
        });
        return fresh.size();
    }

    /** The unit with that code: the one already there, or a new one. */
    private static Unit unit(Map<String, Unit> existing, List<Unit> fresh, long[] nextId, String code, String name,
            String level, Unit parent, String division) {
        Unit there = existing.get(code);
        if (there != null) {
            return there;
        }
        Unit made = new Unit(nextId[0]++, code, name, level, parent.id(), division, parent.path() + code + "/");
        existing.put(code, made);
        fresh.add(made);
        return made;
    }

    /** Up to {@code count} grass-roots unions below a county or industry union (those there already count). */
    private static void grassroots(Map<String, Unit> existing, List<Unit> fresh, long[] nextId, Unit parent,
            int count, SplittableRandom random) {
        String place = parent.name().replace("总工会", "").replaceFirst("^.+市(?=.)", "");
        for (int n = 1; n <= Math.min(count, 999); n++) {
            String code = parent.code() + String.format(Locale.ROOT, "%03d", n);
            if (!existing.containsKey(code)) {
                unit(existing, fresh, nextId, code, ProvinceNames.grassroots(place, random, n), "GRASSROOTS",
                        parent, parent.division());
            }
        }
    }

    /** {@code total} spread over the weights, at least one each, summing exactly to the total. */
    static int[] spread(int total, double[] weights) {
        int[] counts = new int[weights.length];
        if (weights.length == 0) {
            return counts;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            counts[i] = Math.max(total >= weights.length ? 1 : 0, (int) Math.floor(total * weights[i] / sum));
            given += counts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % weights.length) {
            counts[i]++;
            given++;
        }
        for (int i = 0; given > total; i = (i + 1) % weights.length) {
            if (counts[i] > 1) {
                counts[i]--;
                given--;
            }
        }
        return counts;
    }

    // ------------------------------------------------------------------ users

    private long users() {
        Unit county = county();
        SplittableRandom random = random(options.seed(), 2, 0);
        String hash = passwords.encode(PASSWORD);
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            user(users, roles, "p_cw_" + county.code() + "_" + k, county.id(), "CASE_WORKER", hash, random);
        }
        for (int k = 1; k <= 2; k++) {
            user(users, roles, "p_ap_" + county.code() + "_" + k, county.id(), "APPROVER", hash, random);
        }
        user(users, roles, "p_fin_" + county.code() + "_1", county.id(), "FINANCE", hash, random);
        jdbc.sql("SELECT id, code FROM org_unit WHERE parent_id = ? AND level = 'GRASSROOTS' ORDER BY code LIMIT 50")
                .param(county.id()).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                .forEach(u -> user(users, roles, "p_cw_" + u[1], (Long) u[0], "CASE_WORKER", hash, random));
        transaction.executeWithoutResult(status -> {
            template.batchUpdate("INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled)"
                    + " VALUES (?, ?, ?, ?, TRUE)", users);
            template.batchUpdate("INSERT INTO app_user_role (username, role) VALUES (?, ?)", roles);
        });
        out.printf(Locale.ROOT, "[province] %-16s %d users in %s (%s), password %s%n", "users", users.size(),
                county.name(), county.code(), PASSWORD);
        return users.size();
    }

    private static void user(List<Object[]> users, List<Object[]> roles, String username, long unitId, String role,
            String hash, SplittableRandom random) {
        users.add(new Object[] {username, hash, ProvinceNames.person(random), unitId});
        roles.add(new Object[] {username, role});
    }

    private Unit county() {
        return jdbc.sql("SELECT id, code, name, level, parent_id, division_code, path FROM org_unit WHERE code = ?")
                .param(options.county()).query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7))).optional()
                .filter(u -> u.level().equals("COUNTY"))
                .orElseThrow(() -> new IllegalStateException("no county " + options.county() + " in the tree"));
    }

    // ------------------------------------------------------------------ open work

    private long openCases() {
        Unit county = county();
        String caseWorker = "p_cw_" + county.code() + "_1";
        int already = batchesDone("open-cases");
        Progress progress = new Progress("open-cases", options.open(),
                Math.min(options.open(), (long) already * CLOSED_BATCH), out);
        for (int from = 0; from < options.open(); from += CLOSED_BATCH) {
            int to = Math.min(options.open(), from + CLOSED_BATCH);
            int first = from;
            int batchNo = from / CLOSED_BATCH;
            if (batchDone("open-cases", batchNo)) {
                continue;
            }
            transaction.executeWithoutResult(status -> {
                Batch batch = new Batch();
                for (int k = first; k < to; k++) {
                    SplittableRandom r = random(options.seed(), 3, k);
                    long id = OPEN_BASE + k;
                    OffsetDateTime filed = OPEN_FILED.plusMinutes(k % 20_000);
                    // active files hold their applicant's place in the duplicate check: one person each
                    Person p = person(r, county.division(), id, k);
                    batch.caseRow(id, caseNo(filed, id), county.id(), p, "APPLIED", null, caseWorker, filed, null,
                            null, null, null, null);
                    batch.profile(id, p, r, county);
                    batch.participant(id, caseWorker, "FILED");
                    batch.place(p.residentHash(), id);
                    batch.audit(filed, caseWorker, "CASE_FILED", id, county.id(), caseNo(filed, id));
                }
                batch.write(template, jdbc);
                jdbc.sql("INSERT INTO bench_province_batch (stage, batch) VALUES ('open-cases', ?)").param(batchNo)
                        .update();
            });
            progress.add(to - from);
        }
        return options.open();
    }

    private long openTasks() {
        Unit county = county();
        Map<String, Object> groups = Map.of(ProcessIds.VAR_CASEWORKER_GROUP, "caseworker@" + county.code(),
                ProcessIds.VAR_APPROVER_GROUP, "approver@" + county.code());
        int batches = (options.open() + OPEN_BATCH - 1) / OPEN_BATCH;
        int already = batchesDone("open-tasks");
        Progress progress = new Progress("open-tasks", options.open(),
                Math.min(options.open(), (long) already * OPEN_BATCH), out);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                if (batchDone("open-tasks", b)) {
                    continue;
                }
                int batch = b;
                work.add(pool.submit(() -> transaction.executeWithoutResult(status -> {
                    int from = batch * OPEN_BATCH;
                    int to = Math.min(options.open(), from + OPEN_BATCH);
                    jdbc.sql("SELECT id, case_no FROM hardship_case WHERE id >= ? AND id < ? ORDER BY id")
                            .params(OPEN_BASE + from, OPEN_BASE + to)
                            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                            .forEach(c -> {
                                Map<String, Object> variables = new HashMap<>(groups);
                                variables.put(ProcessIds.VAR_CASE_ID, c[0]);
                                variables.put(ProcessIds.VAR_NEEDS_FIRST_REVIEW, true);
                                variables.put(ProcessIds.VAR_NEEDS_HOME_VISIT, true);
                                runtime.startProcessInstanceByKey(ProcessIds.HARDSHIP_CASE_PROCESS, (String) c[1],
                                        variables);
                            });
                    jdbc.sql("INSERT INTO bench_province_batch (stage, batch) VALUES ('open-tasks', ?)")
                            .param(batch).update();
                    progress.add(to - from);
                })));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("starting the open work failed", e);
        } finally {
            pool.shutdownNow();
        }
        return options.open();
    }

    // ------------------------------------------------------------------ closed history

    private long closed() {
        List<long[]> units = new ArrayList<>();
        List<String> unitCodes = new ArrayList<>();
        List<String> divisions = new ArrayList<>();
        List<String> countyCodes = new ArrayList<>();
        jdbc.sql("SELECT u.id, u.code, u.division_code, p.id, p.code FROM org_unit u JOIN org_unit p"
                        + " ON p.id = u.parent_id WHERE u.level = 'GRASSROOTS' ORDER BY u.code")
                .query((rs, n) -> {
                    units.add(new long[] {rs.getLong(1), rs.getLong(4)});
                    unitCodes.add(rs.getString(2));
                    divisions.add(rs.getString(3));
                    countyCodes.add(rs.getString(5));
                    return n;
                }).list();
        String decision = jdbc.sql("SELECT id_ FROM act_re_decision_def WHERE key_ = 'GradeDecision'"
                + " ORDER BY version_ DESC LIMIT 1").query(String.class).optional().orElse("GradeDecision:1");
        int batches = (options.closed() + CLOSED_BATCH - 1) / CLOSED_BATCH;
        int already = batchesDone("closed");
        Progress progress = new Progress("closed", options.closed(),
                Math.min(options.closed(), (long) already * CLOSED_BATCH), out);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                if (batchDone("closed", b)) {
                    continue;
                }
                int batch = b;
                work.add(pool.submit(() -> transaction.executeWithoutResult(status -> {
                    int from = batch * CLOSED_BATCH;
                    int to = Math.min(options.closed(), from + CLOSED_BATCH);
                    Batch rows = new Batch();
                    for (int k = from; k < to; k++) {
                        SplittableRandom r = random(options.seed(), 5, k);
                        int u = r.nextInt(units.size());
                        ClosedCase.add(rows, r, CLOSED_BASE + k, units.get(u)[0], units.get(u)[1], unitCodes.get(u),
                                divisions.get(u), countyCodes.get(u), decision, this);
                    }
                    rows.write(template, jdbc);
                    jdbc.sql("INSERT INTO bench_province_batch (stage, batch) VALUES ('closed', ?)").param(batch)
                            .update();
                    progress.add(to - from);
                })));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("loading the closed cases failed", e);
        } finally {
            pool.shutdownNow();
        }
        return options.closed();
    }

    // ------------------------------------------------------------------ people and rows

    /** One applicant: plain values and their stored (encrypted, hashed, masked) forms. */
    record Person(String name, String residentId, String residentEnc, String residentHash, String residentMasked,
            String sex, LocalDate birth, String phoneEnc, String phoneMasked, String cardEnc, String cardLast4,
            String employer, int householdSize, BigDecimal income, BigDecimal rigid, String cause) {
    }

    private static final String[] CAUSES = {"ILLNESS", "ILLNESS", "ILLNESS", "DISABILITY", "SCHOOLING",
            "UNEMPLOYMENT", "LOW_INCOME", "ACCIDENT", "DISASTER", "OTHER"};

    Person person(SplittableRandom r, String division, long id) {
        return person(r, division, id, -1);
    }

    /** With {@code unique >= 0} the birth date and sequence number come from it: distinct resident IDs. */
    Person person(SplittableRandom r, String division, long id, long unique) {
        LocalDate birth = LocalDate.of(1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
        int sequence = r.nextInt(1000);
        if (unique >= 0) {
            birth = LocalDate.of(1962, 1, 1).plusDays(unique % 14_000);
            sequence = (int) (unique / 14_000 % 1000);
        }
        String first17 = division + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format(Locale.ROOT, "%03d", sequence);
        ResidentId residentId = new ResidentId(first17 + ResidentId.checkCharacter(first17));
        String phone = "13" + (r.nextInt(10)) + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
        String card = luhn("621700" + String.format(Locale.ROOT, "%09d", r.nextInt(1_000_000_000)));
        int size = 1 + r.nextInt(6);
        BigDecimal income = BigDecimal.valueOf(6000 + r.nextInt(30_000)).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal rigid = BigDecimal.valueOf(r.nextInt(20_000)).setScale(2, RoundingMode.UNNECESSARY);
        return new Person(ProvinceNames.person(r), residentId.value(), cipher.encrypt(residentId.value()),
                cipher.searchHash(residentId.value()), residentId.masked(), residentId.sex().name(), birth,
                cipher.encrypt(phone), PhoneNumbers.masked(phone), cipher.encrypt(card), card.substring(card.length()
                - 4), "职工单位" + (id % 97), size, income, rigid, CAUSES[r.nextInt(CAUSES.length)]);
    }

    /** The number with its Luhn check digit appended (a valid 16-digit card number). */
    static String luhn(String fifteen) {
        int sum = 0;
        for (int i = 0; i < fifteen.length(); i++) {
            int d = fifteen.charAt(fifteen.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return fifteen + (10 - sum % 10) % 10;
    }

    static String caseNo(OffsetDateTime filed, long id) {
        return "BF%d-%06d".formatted(filed.getYear(), id);
    }

    // ------------------------------------------------------------------ results

    private void fixSequences() {
        for (String table : List.of("hardship_case", "aid_request", "payment_record")) {
            jdbc.sql("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), GREATEST(1, (SELECT MAX(id) FROM "
                    + table + ")))").query(Long.class).single();
        }
    }

    static final List<String> COUNTED = List.of("org_unit", "app_user", "hardship_case", "household_profile",
            "grade_assessment", "approval_step", "aid_request", "payment_record", "exit_assessment", "watch_entry",
            "audit_event", "act_ru_task", "task_item");

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    /**
     * MD5 over the generated business data in a fixed order, by natural keys (codes, user names, case numbers),
     * leaving out what is random by design (ciphertexts, password hashes, engine ids, audit chain positions).
     */
    String checksum() {
        List<String> parts = new ArrayList<>();
        parts.add(md5("SELECT code || '|' || name || '|' || level || '|' || division_code || '|' || path"
                + " FROM org_unit ORDER BY code"));
        parts.add(md5("SELECT a.username || '|' || a.display_name || '|' || u.code FROM app_user a"
                + " JOIN org_unit u ON u.id = a.unit_id WHERE a.username LIKE 'p\\_%' ORDER BY a.username"));
        parts.add(md5("SELECT c.case_no || '|' || u.code || '|' || c.worker_name || '|' || c.resident_id_hash"
                + " || '|' || c.status || '|' || COALESCE(c.grade, '-') || '|' || c.filed_at || '|'"
                + " || COALESCE(CAST(c.closed_at AS VARCHAR), '-') || '|' || c.household_yearly_income"
                + " FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id WHERE c.id >= " + CLOSED_BASE
                + " ORDER BY c.case_no"));
        parts.add(md5("SELECT p.idempotency_key || '|' || c.case_no || '|' || p.amount || '|' || p.status || '|'"
                + " || p.paid_at FROM payment_record p JOIN hardship_case c ON c.id = p.case_id"
                + " WHERE c.id >= " + CLOSED_BASE + " ORDER BY p.idempotency_key"));
        parts.add(md5("SELECT c.case_no || '|' || a.occurred_at || '|' || a.actor || '|' || a.action || '|'"
                + " || COALESCE(a.detail, '-') FROM audit_event a JOIN hardship_case c ON c.id = a.case_id"
                + " WHERE c.id >= " + CLOSED_BASE + " ORDER BY c.case_no, a.occurred_at, a.action, a.detail"));
        parts.add(md5("SELECT c.case_no || '|' || e.outcome || '|' || e.decision || '|' || e.route || '|'"
                + " || e.decided_at FROM exit_assessment e JOIN hardship_case c ON c.id = e.case_id"
                + " WHERE c.id >= " + CLOSED_BASE + " ORDER BY c.case_no"));
        parts.add(jdbc.sql("SELECT COUNT(*) FROM act_ru_execution e JOIN hardship_case c ON c.case_no ="
                + " e.business_key_ WHERE e.parent_id_ IS NULL AND c.id >= " + OPEN_BASE).query(Long.class).single()
                .toString());
        return md5Of(String.join(",", parts));
    }

    private String md5(String rows) {
        return jdbc.sql("SELECT COALESCE(md5(string_agg(r, E'\\n' ORDER BY r)), '-') FROM (" + rows + ") AS t(r)")
                .query(String.class).single();
    }

    private String md5Of(String text) {
        return jdbc.sql("SELECT md5(?)").param(text).query(String.class).single();
    }
}
