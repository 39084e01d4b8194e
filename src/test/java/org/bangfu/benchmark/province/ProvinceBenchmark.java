package org.bangfu.benchmark.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The province generator as an operator's tool: {@code bench/province [--seed 1] [--open 20000] [--closed 100000]
 * [--db bangfu_province] ...}. Generates into the named database (created if missing, never dropped; a re-run
 * continues where the last one stopped), prints how to run Bangfu on it, and writes
 * {@code target/benchmark-province.txt} whose last line is {@code RESULT province ...}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "province")
class ProvinceBenchmark {

    @Test
    void generateTheProvince() throws Exception {
        ProvinceOptions options = ProvinceOptions.fromSystemProperties();
        System.out.println("[province] " + options.fingerprint() + " db=" + options.db() + " threads="
                + options.threads());
        long start = System.nanoTime();
        ProvinceGenerator.Result result = ProvinceRun.generate(options, System.out);
        double total = (System.nanoTime() - start) / 1e9;
        List<String> report = new ArrayList<>();
        report.add("stages run now (s): " + result.seconds());
        report.add("rows: " + result.counts());
        String url = ProvinceRun.base() + options.db();
        report.add("Run Bangfu on it (default profile: the development key the data was encrypted with, demo users"
                + " and the generated p_* users, password demo1234):");
        report.add("  DB_URL=" + url + " DB_USER=" + ProvinceRun.USER + " DB_PASSWORD=" + ProvinceRun.PASSWORD
                + " ./mvnw spring-boot:run");
        report.add("  then log in as p_cw_" + options.county() + "_1 (the county inbox, " + options.open()
                + " open tasks) or approver_henan / analyst (the province's history and statistics)");
        StringBuilder stages = new StringBuilder();
        result.seconds().forEach((stage, s) -> stages.append(' ').append(stage.replace('-', '_')).append("_s=")
                .append(String.format(Locale.ROOT, "%.1f", s)));
        Map<String, Long> counts = result.counts();
        report.add(String.format(Locale.ROOT, "RESULT province seed=%d units=%d open_tasks=%d closed=%d total_s=%.1f%s"
                        + " checksum=%s", options.seed(), counts.get("org_unit"), counts.get("act_ru_task"),
                options.closed(), total, stages, result.checksum()));
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "benchmark-province.txt"), report);
        assertThat(result.checksum()).isNotBlank();
    }
}
