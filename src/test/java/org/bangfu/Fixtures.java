package org.bangfu;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ResidentId;

/** Valid test data: resident IDs with correct check digits, Luhn-valid cards, and intake commands built from them. */
public final class Fixtures {

    /** Each run starts at a random offset so reruns against a kept database never collide. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400) * 2);

    private Fixtures() {
    }

    /** A fresh valid resident ID (Zhongyuan district, born 1980-1999), unique within the run. */
    public static String residentId() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "410102" + (1980 + n % 20) + "0" + (1 + n % 9) + String.format("%02d", 10 + n % 18)
                + String.format("%03d", n % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    public static String bankCard(String prefix15) {
        for (int digit = 0; digit < 10; digit++) {
            String candidate = prefix15 + digit;
            if (BankCardNumber.passesLuhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    /** A deep-hardship household: 3 people, 24,000 yuan income, 6,000 rigid expenses (500 per person per month). */
    public static IntakeCommand deepHardship() {
        return intake(residentId(), new BigDecimal("24000.00"), HardshipCause.ILLNESS);
    }

    /** A household far above twice the minimum living standard: no grade. */
    public static IntakeCommand wellOff() {
        return intake(residentId(), new BigDecimal("360000.00"), HardshipCause.LOW_INCOME);
    }

    public static IntakeCommand intake(String residentId, BigDecimal yearlyIncome, HardshipCause cause) {
        return new IntakeCommand("测试职工", residentId, null, null, "13800138000", "测试单位", 3, yearlyIncome,
                new BigDecimal("6000.00"), cause, bankCard("622202020011223"), AidType.LIVING,
                new BigDecimal("3000.00"));
    }
}
