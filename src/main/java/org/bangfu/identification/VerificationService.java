package org.bangfu.identification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bangfu.organization.CurrentUser;

/**
 * The verification steps before a file opens: first review, home visit with the signed means-check authorization,
 * the civil-affairs means check (entered or imported) and the public notice with its objections. Each method checks
 * the user's role and jurisdiction and refuses bad input field by field.
 */
public interface VerificationService {

    /** First review by the grass-roots union: passed, or refused with a note (the file ends REFUSED). */
    void firstReview(long caseId, boolean passed, String note, CurrentUser user);

    /** Requires an uploaded, signed means-check authorization (attachment kind MEANS_CHECK_AUTHORIZATION). */
    void recordVisit(long caseId, LocalDate visitDate, String visitors, String findings, CurrentUser user);

    Optional<VerificationVisit> visit(long caseId);

    void recordMeansCheck(long caseId, MeansCheck result, CurrentUser user);

    Optional<MeansCheck> meansCheck(long caseId);

    /**
     * Imports a civil-affairs result file (CSV, UTF-8 or GBK): {@code residentId,homesOwned,privateVehicle,
     * businessWithEmployees,childAtHighFeeSchool,onDibao,checkedOn}. All or nothing: any bad line refuses the whole
     * file with line-numbered errors. Returns the ids of the cases whose means check was recorded.
     */
    List<Long> importMeansChecks(byte[] csv, CurrentUser user);

    /** Starts the notice: from today for the given number of working days; status NOTICE. */
    void startNotice(long caseId, LocalDate from, LocalDate until);

    /** Records an objection; refused outside the notice period. */
    Objection lodgeObjection(long caseId, String objector, String content, CurrentUser user);

    Objection resolveObjection(long objectionId, boolean upheld, String resolution, CurrentUser user);

    List<Objection> objections(long caseId);

    Optional<Objection> objection(long objectionId);
}
