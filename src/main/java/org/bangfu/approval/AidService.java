package org.bangfu.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;

/**
 * Aid requests on open files with the caps of GUIDE.md §6 checked at the request, and their tiered approval
 * (county; above the tier limits the province, then the national federation, lower tier first).
 */
public interface AidService {

    /**
     * Validates the request, checks the cap of its type (refused with the cap and what was already granted this year)
     * and the relative grade's one aid type per year, and stores it PENDING with its required tier.
     */
    AidRequest request(AidRequestCommand command, CurrentUser user);

    /** Emergency relief on a temporary file: county tier only, at most the emergency cap. */
    AidRequest requestEmergency(long caseId, BigDecimal amount, String purpose, CurrentUser user);

    AidRequest aidRequest(long requestId);

    List<AidRequest> requests(long caseId);

    /** The cap of a type for a file this year (for forms: shown before the request is made). */
    AidCap cap(long caseId, AidType type, BigDecimal outOfPocket, SchoolLevel schoolLevel);

    /** The next tier that still has to approve the request in this round, or empty when all have approved. */
    Optional<Tier> nextTier(long requestId);

    void checkMayDecide(long requestId, Tier tier, CurrentUser approver);

    /**
     * Per request, who touched it (the case's people, its requester and revisers, approvers of earlier tiers in this
     * round) and so may not decide it: for the inbox, in a few queries.
     */
    Map<Long, java.util.Set<String>> touchedRequests(java.util.Collection<Long> requestIds);

    ApprovalStep decide(long requestId, Tier tier, DecisionCommand command, CurrentUser approver);

    /** Resubmits a returned request (amount and purpose may change); caps and tier are checked again. */
    AidRequest resubmit(long requestId, BigDecimal amount, String purpose, CurrentUser user);

    void withdraw(long requestId, String reason, CurrentUser user);

    /** Records that the approved request was paid. */
    void markPaid(long requestId);

    /** Approved requests whose payments the bank made, in one statement. */
    void markPaid(java.util.Collection<Long> requestIds);

    /** The approved request's payment was cancelled and its money released: it no longer counts against caps. */
    void markPaymentCancelled(long requestId);

    /** Granted (approved or paid) this year per type. */
    Map<AidType, BigDecimal> grantedThisYear(long caseId);

    List<ApprovalStep> steps(long requestId);
}
