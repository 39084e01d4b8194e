package org.bangfu.funds;

import java.math.BigDecimal;
import java.util.List;

import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;

/**
 * Allocations and the ledger (GUIDE.md §7). Money arrives at a unit as an allocation of one source and fund year,
 * is passed down the tree from a parent's allocation of the same source, is reserved for approved grants and spent
 * at payment. No allocation ever goes below zero, however many reservations race for its last yuan; every movement
 * is a ledger line, and balances reconcile with the allocation table.
 */
public interface FundService {

    /**
     * Money arriving at the user's unit (finance or admin); refused field by field, nothing saved then. A donation
     * needs the aid type the donor gave it for ({@code donorAidType}) and may carry the donor's words
     * ({@code donorPurpose}). Central special funds, and local government funds arriving at a province or above,
     * may only go to national-level files.
     */
    FundAllocation allocate(FundSource source, int fundYear, BigDecimal amount, AidType donorAidType,
                            String donorPurpose, CurrentUser user);

    /** Passes part of an allocation down to a direct child unit of its unit, as the child's own allocation. */
    FundAllocation passDown(long parentAllocationId, long childUnitId, BigDecimal amount, CurrentUser user);

    /** Sends unused money of an allocation back to the parent allocation it came from (finance of either unit). */
    FundAllocation returnToParent(long allocationId, BigDecimal amount, String reason, CurrentUser user);

    /**
     * Corrects what arrived on an allocation up ({@code increase}) or down, with a reason (finance or admin of a
     * unit above the allocation's, or admin); never below what has been used.
     */
    FundAllocation correct(long allocationId, BigDecimal amount, boolean increase, String reason, CurrentUser user);

    /** Holds money of an allocation for a grant; refused (ConflictException) when less is available. */
    void reserve(long allocationId, BigDecimal amount, Long caseId, String reference, String actor);

    /** Like {@link #reserve} but answers false, booking nothing, when less is available. */
    boolean tryReserve(long allocationId, BigDecimal amount, Long caseId, String reference, String actor);

    /** Gives a reservation back (a rejected or failed payment). */
    void release(long allocationId, BigDecimal amount, Long caseId, String reference, String actor);

    /** Spends reserved money (the payment). */
    void spend(long allocationId, BigDecimal amount, Long caseId, String reference, String actor);

    FundAllocation allocation(long allocationId);

    /** Allocations of the user's subtree (finance, auditors, administrators). */
    List<FundAllocation> allocations(CurrentUser user);

    /** The allocations of one unit, source and fund year, oldest first (no jurisdiction check: for process steps). */
    List<FundAllocation> allocations(long unitId, FundSource source, int fundYear);

    List<LedgerEntry> ledger(long allocationId);

    /** Ledger lines of the user's subtree matching the filter, newest first, at most {@code limit}. */
    List<LedgerEntry> ledger(LedgerFilter filter, CurrentUser user, int limit);

    /** One page of the ledger lines of the user's subtree matching the filter, newest first (the lazy grid). */
    List<LedgerEntry> ledgerPage(LedgerFilter filter, CurrentUser user, int offset, int limit);

    /** How many ledger lines of the user's subtree match the filter. */
    int ledgerCount(LedgerFilter filter, CurrentUser user);

    /** Per unit, source and year in the user's subtree (finance, auditors, administrators). */
    List<FundSummary> summary(CurrentUser user);

    /**
     * One page of {@link #summary(CurrentUser)} for a fund year and a source (either may be null: all), in the same
     * order: the fund dashboard's lazy grid.
     */
    List<FundSummary> summary(CurrentUser user, Integer fundYear, FundSource source, int offset, int limit);

    /** How many rows {@link #summary(CurrentUser, Integer, FundSource, int, int)} pages through. */
    int summaryCount(CurrentUser user, Integer fundYear, FundSource source);

    /** The totals over those rows. */
    FundTotals summaryTotals(CurrentUser user, Integer fundYear, FundSource source);

    /** Every allocation whose columns differ from its ledger; empty when the books agree. */
    List<Reconciliation> reconcile(CurrentUser user);
}
