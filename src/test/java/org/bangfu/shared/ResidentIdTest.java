package org.bangfu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void computesTheGb11643CheckCharacterIncludingX() {
        // Published example of GB 11643: 11010519491231002X
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("41010219850312001")).isEqualTo('4');
    }

    @Test
    void acceptsAValidIdAndDerivesBirthDateAndSex() {
        ResidentId id = new ResidentId("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(new ResidentId("410102198503120014").sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(ResidentId.problemWith("410102198503120015")).contains("validation.residentId.checkDigit");
    }

    @Test
    void refusesABirthDateThatDoesNotExist() {
        String first17 = "41010219850230001"; // 30 February
        assertThat(ResidentId.problemWith(first17 + ResidentId.checkCharacter(first17)))
                .contains("validation.residentId.birthDate");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String first17 = "41010230010101001";
        assertThat(ResidentId.problemWith(first17 + ResidentId.checkCharacter(first17)))
                .contains("validation.residentId.birthDate");
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertThat(ResidentId.problemWith("41010219850312001")).contains("validation.residentId.format");
        assertThat(ResidentId.problemWith("4101021985031200A4")).contains("validation.residentId.format");
        assertThat(ResidentId.problemWith(" ")).contains("validation.required");
        assertThatThrownBy(() -> new ResidentId("123")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void masksAllButTheFirstThreeAndLastFour() {
        assertThat(new ResidentId("410102198503120014").masked()).isEqualTo("410***********0014");
    }
}
