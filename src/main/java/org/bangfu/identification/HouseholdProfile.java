package org.bangfu.identification;

import java.math.BigDecimal;

/**
 * The official file fields of the household (GUIDE.md §3) beyond the applicant's identity, and the facts the grade
 * table reads: migrant-worker conditions, necessary job costs, hardship-caused costs and accident facts.
 */
public record HouseholdProfile(
        String ethnicity,
        PoliticalStatus politicalStatus,
        Health health,
        String disabilityCategory,
        EmploymentStatus employmentStatus,
        ModelWorkerType modelWorkerType,
        HousingType housingType,
        BigDecimal housingArea,
        MaritalStatus maritalStatus,
        Boolean singleParent,
        HukouType hukouType,
        String hukouDivision,
        String address,
        BigDecimal ownMonthlyIncome,
        Boolean medicalInsurance,
        Boolean zeroEmployment,
        Boolean selfReliant,
        HardshipCause secondaryCause,
        Boolean migrantWorker,
        Boolean livesInCity,
        Integer employmentMonths,
        BigDecimal jobCosts,
        BigDecimal hardshipCosts,
        Boolean accidentEvent,
        Boolean stillInDifficulty,
        EmployerOwnership employerOwnership,
        String industry,
        String situation) {
}
