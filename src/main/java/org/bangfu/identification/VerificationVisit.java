package org.bangfu.identification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The home visit before the file opens (入户调查). */
public record VerificationVisit(LocalDate visitDate, String visitors, String findings, boolean authorizationSigned,
                                String recordedBy, OffsetDateTime recordedAt) {
}
