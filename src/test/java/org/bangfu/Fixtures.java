package org.bangfu;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.EmployerOwnership;
import org.bangfu.identification.EmploymentStatus;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.Health;
import org.bangfu.identification.HouseholdProfile;
import org.bangfu.identification.HousingType;
import org.bangfu.identification.HukouType;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.MaritalStatus;
import org.bangfu.identification.MemberCommand;
import org.bangfu.identification.MemberStatus;
import org.bangfu.identification.ModelWorkerType;
import org.bangfu.identification.PoliticalStatus;
import org.bangfu.identification.Relation;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ResidentId;

/** Valid test data: resident IDs with correct check digits, Luhn-valid cards, and household applications. */
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

    /** A relative-hardship household: 3 people, 60,000 yuan, 6,000 rigid: 1,500 a month, between 1 and 2 低保. */
    public static IntakeCommand relativeHardship() {
        return intake(residentId(), new BigDecimal("60000.00"), HardshipCause.UNEMPLOYMENT);
    }

    /** A household far above twice the minimum living standard: no grade. */
    public static IntakeCommand wellOff() {
        return intake(residentId(), new BigDecimal("360000.00"), HardshipCause.LOW_INCOME);
    }

    public static IntakeCommand intake(String residentId, BigDecimal yearlyIncome, HardshipCause cause) {
        return new IntakeCommand("测试职工", residentId, null, null, "13800138000", "测试单位", 3, yearlyIncome,
                new BigDecimal("6000.00"), cause, bankCard("622202020011223"), "测试职工", null, profile(),
                List.of(member("测试配偶", Relation.SPOUSE, MemberStatus.UNEMPLOYED),
                        member("测试子女", Relation.CHILD, MemberStatus.STUDENT)));
    }

    public static MemberCommand member(String name, Relation relation, MemberStatus status) {
        return new MemberCommand(name, relation, residentId(), Health.GOOD, BigDecimal.ZERO, status,
                status == MemberStatus.STUDENT ? "郑州市第一中学" : null);
    }

    public static HouseholdProfile profile() {
        return new HouseholdProfile("汉族", PoliticalStatus.MASSES, Health.SERIOUS_ILLNESS, null,
                EmploymentStatus.EMPLOYED, ModelWorkerType.NONE, HousingType.RENTED, new BigDecimal("45.50"),
                MaritalStatus.MARRIED, false, HukouType.URBAN, "410102", "郑州市中原区建设路1号", new BigDecimal("2000.00"),
                true, false, true, HardshipCause.LOW_INCOME, false, true, 60, BigDecimal.ZERO,
                new BigDecimal("20000.00"), false, true, EmployerOwnership.PRIVATE, "餐饮业", "本人患重病，配偶失业");
    }

    public static EmergencyCommand emergency() {
        return new EmergencyCommand("急难职工", residentId(), "13900139000", "测试物流公司", HardshipCause.ACCIDENT,
                "工伤住院，三个月未发工资", bankCard("622202020011224"), "急难职工", null);
    }
}
