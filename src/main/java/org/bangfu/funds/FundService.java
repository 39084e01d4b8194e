package org.bangfu.funds;

import java.math.BigDecimal;
import java.util.List;

import org.bangfu.organization.CurrentUser;

/**
 * Allocations and the ledger (GUIDE.md §7). Money arrives at a unit as an allocation of one source and fund year,
 * is passed down the tree from a parent's allocation of the same source, is reserved for approved grants and spent
 * at payment. No allocation ever goes below zero, however many reservations race for its last yuan; every movement
 * is a ledger line, and balances reconcile with the allocation table.
 */
public interface FundService {

    /** Money arriving at the user's unit (finance or admin); refused field by field, nothing saved then. */
    FundAllocation allocate(FundSource source, int fundYear, BigDecimal amount, String donorPurpose, CurrentUser user);

    /** Passes part of an allocation down to a direct child unit of its unit, as the child's own allocation. */
    FundAllocation passDown(long parentAllocationId, long childUnitId, BigDecimal amount, CurrentUser user);

    /** Holds money of an allocation for a grant; refused (ConflictException) when less is available. */
    void reserve(long allocationId, BigDecimal amount, long caseId, String reference, String actor);

    /** Gives a reservation back (a rejected or failed payment). */
    void release(long allocationId, BigDecimal amount, long caseId, String reference, String actor);

    /** Spends reserved money (the payment). */
    void spend(long allocationId, BigDecimal amount, long caseId, String reference, String actor);

    FundAllocation allocation(long allocationId);

    /** Allocations of the user's subtree (finance, auditors, administrators). */
    List<FundAllocation> allocations(CurrentUser user);

    List<LedgerEntry> ledger(long allocationId);

    /** Every allocation whose columns differ from its ledger; empty when the books agree. */
    List<Reconciliation> reconcile(CurrentUser user);
}
