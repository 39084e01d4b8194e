package org.bangfu.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bangfu.grading.Grade;
import org.bangfu.identification.CaseStatus;
import org.junit.jupiter.api.Test;

/**
 * One enum per status concept: the SQL of every module binds the open-file statuses from {@link CaseStatus}
 * ({@code c.status IN (:openFile)}) instead of spelling them as text.
 */
class OpenStatusesTest {

    private static final Pattern STATUS_LITERALS = Pattern.compile("status\\s+IN\\s*\\(\\s*'");

    @Test
    void theOpenFileStatusesAreThoseOfCaseStatusIsOpenFile() {
        assertThat(CaseStatus.openFileNames()).isEqualTo(Arrays.stream(CaseStatus.values())
                .filter(CaseStatus::isOpenFile).map(Enum::name).toList()).containsExactly("OPEN", "RELIEVED");
    }

    @Test
    void noSqlSpellsTheCaseStatusesAsText() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return STATUS_LITERALS.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void deepHardshipIsAGradeConstant() {
        assertThat(Grade.valueOf(JdbcDashboardService.DEEP)).isEqualTo(Grade.DEEP);
    }
}
