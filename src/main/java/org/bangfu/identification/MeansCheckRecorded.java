package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** The means check of a file was recorded, by hand or from an import (source). */
public record MeansCheckRecorded(String actor, long caseId, long unitId, String source,
                                 MeansCheck result) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "MEANS_CHECK_RECORDED", caseId, unitId,
                source + ": homes=" + result.homesOwned() + " vehicle=" + result.privateVehicle() + " business="
                        + result.businessWithEmployees() + " school=" + result.childAtHighFeeSchool() + " dibao="
                        + result.onDibao());
    }
}
