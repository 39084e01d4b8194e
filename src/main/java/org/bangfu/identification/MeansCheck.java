package org.bangfu.identification;

import java.time.LocalDate;

/** The civil-affairs means check result (家庭经济状况核对): what it revealed about homes, vehicles and businesses. */
public record MeansCheck(Integer homesOwned, Boolean privateVehicle, Boolean businessWithEmployees,
                         Boolean childAtHighFeeSchool, Boolean onDibao, LocalDate checkedOn, String source) {
}
