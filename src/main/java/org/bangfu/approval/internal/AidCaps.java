package org.bangfu.approval.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.approval.AidCap;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.SchoolLevel;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.Household;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MemberStatus;
import org.bangfu.organization.OrganizationService;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** The caps on aid: per type and year, the relative households' one type a year and the accident cap. */
@Component
class AidCaps {

    private final AidRequestRecords requests;
    private final IdentificationService files;
    private final OrganizationService organization;
    private final GradingService grading;
    private final RuleSettings settings;
    private final Clock clock;

    AidCaps(AidRequestRecords requests, IdentificationService files, OrganizationService organization,
            GradingService grading, RuleSettings settings, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.organization = organization;
        this.grading = grading;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses an amount over the type's remaining cap, a second type for a relative household, or over the accident cap. */
    void checkCaps(HardshipCase c, AidType type, BigDecimal amount, BigDecimal outOfPocket,
                           SchoolLevel level, Long excludedRequest) {
        List<AidRequest> thisYear = requests.requests(c.id()).stream()
                .filter(r -> r.year() == year() && r.status().isCounted() && !r.emergency())
                .filter(r -> excludedRequest == null || r.id() != excludedRequest).toList();
        if ("RELATIVE".equals(c.grade())) {
            int allowed = settings.integer(SettingKeys.RELATIVE_AID_TYPES_PER_YEAR, division(c), today());
            List<AidType> types = thisYear.stream().map(AidRequest::aidType).distinct().toList();
            if (!types.contains(type) && types.size() >= allowed) {
                throw new InvalidInputException(FieldError.of("aidType", "validation.aid.oneTypePerYear",
                        types.get(0).name()));
            }
        }
        AidCap cap = cap(c, type, outOfPocket, level, thisYear);
        if (amount.compareTo(cap.remaining()) > 0) {
            throw new InvalidInputException(FieldError.of("amount", "validation.aid.overCap",
                    cap.cap().toPlainString(), cap.granted().toPlainString(), cap.remaining().toPlainString()));
        }
        if ("ACCIDENT".equals(c.grade())) {
            BigDecimal all = thisYear.stream().map(AidRequest::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal accidentCap = CapRules.accidentCap(household(c).hardshipCosts(), key -> setting(c, key));
            if (all.add(amount).compareTo(accidentCap) > 0) {
                throw new InvalidInputException(FieldError.of("amount", "validation.aid.overAccidentCap",
                        accidentCap.toPlainString(), all.toPlainString()));
            }
        }
    }

    AidCap cap(long caseId, AidType type, BigDecimal outOfPocket, SchoolLevel schoolLevel) {
        HardshipCase c = files.caseById(caseId);
        List<AidRequest> thisYear = requests.requests(caseId).stream()
                .filter(r -> r.year() == year() && r.status().isCounted() && !r.emergency()).toList();
        return cap(c, type, outOfPocket, schoolLevel, thisYear);
    }

    private AidCap cap(HardshipCase c, AidType type, BigDecimal outOfPocket, SchoolLevel level,
                       List<AidRequest> thisYear) {
        BigDecimal cap = CapRules.cap(type, household(c), outOfPocket, level, key -> setting(c, key));
        BigDecimal granted = thisYear.stream().filter(r -> r.aidType() == type).map(AidRequest::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new AidCap(cap, granted, cap.subtract(granted).max(BigDecimal.ZERO).setScale(2));
    }

    private CapRules.Household household(HardshipCase c) {
        Household h = files.household(c.id());
        int students = (int) h.members().stream()
                .filter(m -> m.status() == MemberStatus.STUDENT || m.status() == MemberStatus.PRESCHOOL).count();
        BigDecimal costs = h.profile() == null || h.profile().hardshipCosts() == null ? BigDecimal.ZERO
                : h.profile().hardshipCosts();
        BigDecimal dibao = grading.livingStandard(division(c), year()).monthlyAmount();
        return new CapRules.Household(c.grade() == null ? "DEEP" : c.grade(), dibao, c.householdSize(), students,
                costs);
    }

    BigDecimal setting(HardshipCase c, String key) {
        return settings.decimal(key, division(c), today());
    }

    private String division(HardshipCase c) {
        return organization.unit(c.unitId()).divisionCode();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    int year() {
        return today().getYear();
    }
}
