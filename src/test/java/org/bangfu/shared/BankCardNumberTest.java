package org.bangfu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BankCardNumberTest {

    @Test
    void luhnAcceptsKnownGoodNumbersAndRefusesASingleDigitChange() {
        assertThat(BankCardNumber.passesLuhn("4111111111111111")).isTrue();
        assertThat(BankCardNumber.passesLuhn("6222020200112233446")).isTrue();
        assertThat(BankCardNumber.passesLuhn("6222020200112233445")).isFalse();
        assertThat(BankCardNumber.passesLuhn("4111111111111112")).isFalse();
    }

    @Test
    void refusesWrongLengthsAndNonDigits() {
        assertThat(BankCardNumber.problemWith("411111111111111")).contains("validation.bankCard.format");
        assertThat(BankCardNumber.problemWith("41111111111111111111")).contains("validation.bankCard.format");
        assertThat(BankCardNumber.problemWith("4111-1111-1111-1111")).contains("validation.bankCard.format");
        assertThat(BankCardNumber.problemWith("6222020200112233445")).contains("validation.bankCard.luhn");
        assertThat(BankCardNumber.problemWith("6222 0202 0011 2233 446")).isEmpty();
    }

    @Test
    void showsOnlyTheLastFourDigits() {
        assertThat(new BankCardNumber("6222020200112233446").masked()).isEqualTo("**** **** **** 3446");
    }

    @Test
    void amountsMustBePositiveWithAtMostTwoDecimals() {
        assertThat(Amounts.problemWithPositive(new BigDecimal("0.01"))).isEmpty();
        assertThat(Amounts.problemWithPositive(new BigDecimal("12.50"))).isEmpty();
        assertThat(Amounts.problemWithPositive(new BigDecimal("12.500"))).isEmpty();
        assertThat(Amounts.problemWithPositive(new BigDecimal("12.505"))).contains("validation.amount.decimals");
        assertThat(Amounts.problemWithPositive(BigDecimal.ZERO)).contains("validation.amount.positive");
        assertThat(Amounts.problemWithPositive(new BigDecimal("-1"))).contains("validation.amount.positive");
        assertThat(Amounts.problemWithNonNegative(BigDecimal.ZERO)).isEmpty();
        assertThat(Amounts.problemWithPositive(new BigDecimal("1000000000000"))).contains("validation.amount.tooLarge");
        assertThat(Amounts.problemWithPositive(null)).contains("validation.required");
    }
}
