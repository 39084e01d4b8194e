package org.bangfu.identification.payee;

import java.util.Collection;
import java.util.Map;

/**
 * The full account a file is paid to (实名制: always the worker's own): for the modules that pay and write bank
 * files only. This is not part of identification's general API: only the modules that list
 * {@code identification :: payees} in their allowed dependencies (funds, campaign) may call it, which
 * {@code ModularityTests} and {@code ArchitectureTest} check, so no screen, REST controller or other module reads a
 * decrypted account; people reveal an account through the audited reveal with a reason.
 */
public interface Payees {

    PayeeAccount payee(long caseId);

    /** {@link #payee(long)} of many cases in one query. */
    Map<Long, PayeeAccount> payees(Collection<Long> caseIds);
}
