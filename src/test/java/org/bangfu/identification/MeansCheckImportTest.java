package org.bangfu.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The civil-affairs result import: all or nothing, line-numbered errors, UTF-8 or GBK. */
class MeansCheckImportTest extends ProcessTestSupport {

    private static final String HEADER = "residentId,homesOwned,privateVehicle,businessWithEmployees,"
            + "childAtHighFeeSchool,onDibao,checkedOn\n";

    @Autowired VerificationService verification;

    private HardshipCase awaitingCheck(IntakeCommand command) {
        HardshipCase c = fileAt(command, CW);
        firstReview(c);
        homeVisit(c);
        return c;
    }

    @Test
    void aGoodFileRecordsEveryCheckAndCompletesTheTasks() {
        IntakeCommand one = org.bangfu.Fixtures.deepHardship();
        IntakeCommand two = org.bangfu.Fixtures.deepHardship();
        HardshipCase a = awaitingCheck(one);
        HardshipCase b = awaitingCheck(two);
        String csv = HEADER + one.residentId() + ",1,0,0,0,0," + today() + "\r\n" + two.residentId().toLowerCase()
                + ",2,no,no,no,yes," + today() + "\n";
        assertThat(actions.importMeansChecks(csv.getBytes(Charset.forName("GBK")), user(CW))).isEqualTo(2);
        assertThat(verification.meansCheck(a.id()).orElseThrow().source()).isEqualTo("IMPORT");
        assertThat(hasTask(a, ProcessIds.TASK_MEANS_CHECK)).isFalse();
        assertThat(reload(b).status()).isEqualTo(CaseStatus.NOT_ELIGIBLE);
        assertThat(reload(b).refusalReason()).isEqualTo(RefusalReason.TWO_HOMES);
    }

    @Test
    void oneBadLineRefusesTheWholeFileWithLineNumbersAndChangesNothing() {
        IntakeCommand one = org.bangfu.Fixtures.deepHardship();
        HardshipCase a = awaitingCheck(one);
        String csv = HEADER + one.residentId() + ",1,0,0,0,0," + today() + "\n"
                + "410102198001011234,1,0,0,0,0," + today() + "\n"
                + one.residentId() + ",1,0,0,0,0," + today() + "\n"
                + org.bangfu.Fixtures.residentId() + ",x,0,0,0,0," + today() + "\n"
                + org.bangfu.Fixtures.residentId() + ",1,0,0,0\n"
                + org.bangfu.Fixtures.residentId() + ",1,0,0,0,0," + today() + "\n";
        assertThatThrownBy(() -> actions.importMeansChecks(csv.getBytes(StandardCharsets.UTF_8), user(CW)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("line 3", "line 4", "line 5", "line 6", "line 7"));
        assertThat(verification.meansCheck(a.id())).isEmpty();
        assertThat(hasTask(a, ProcessIds.TASK_MEANS_CHECK)).isTrue();
    }

    @Test
    void aWrongHeaderOrAnotherDistrictsWorkerIsRefused() {
        assertThatThrownBy(() -> actions.importMeansChecks("id,homes\n1,2\n".getBytes(), user(CW)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.field()).isEqualTo("line 1")));
        IntakeCommand one = org.bangfu.Fixtures.deepHardship();
        awaitingCheck(one);
        String csv = HEADER + one.residentId() + ",1,0,0,0,0," + today() + "\n";
        assertThatThrownBy(() -> actions.importMeansChecks(csv.getBytes(), user("cw_huiji")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.messageKey()).isEqualTo("validation.import.noCase")));
    }
}
