package org.bangfu.campaign;

import java.time.LocalDate;
import java.util.List;

import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.BankAccount;

/** The model-worker list of each unit: kept by case workers and approvers, visible in the unit's subtree. */
public interface ModelWorkerService {

    /** Adds an entry at a unit in the user's subtree; refuses bad input field by field and a resident ID listed twice. */
    ModelWorker add(ModelWorkerCommand command, CurrentUser user);

    /** The age from which a model worker is among the seniors the campaigns visit first (70). */
    int SENIOR_AGE = 70;

    /** Entries of the unit and everything below it (the unit must be in the user's subtree), by name. */
    List<ModelWorker> list(long unitId, CurrentUser user);

    /** The entries of {@link #list} aged {@link #SENIOR_AGE} or more on the given day. */
    List<ModelWorker> seniors(long unitId, LocalDate day, CurrentUser user);

    /**
     * One page of {@link #list} (or, with {@code seniorsOn}, of {@link #seniors} on that day), by name: the
     * model-worker screen's lazy grid.
     */
    List<ModelWorker> page(long unitId, LocalDate seniorsOn, CurrentUser user, int offset, int limit);

    /** How many entries {@link #page} pages through. */
    int count(long unitId, LocalDate seniorsOn, CurrentUser user);

    ModelWorker get(long id);

    /**
     * The worker's full phone number (listed masked), for anyone working in the unit's subtree, only with a reason;
     * every reveal is recorded and audited (PHONE_REVEALED).
     */
    String revealPhone(long id, String reason, CurrentUser user);

    /** The decrypted resident ID and account, for registering the worker as a campaign recipient (no jurisdiction check). */
    Payee payee(long id);

    record Payee(long modelWorkerId, String name, String residentId, String phone, BankAccount account) {
    }
}
