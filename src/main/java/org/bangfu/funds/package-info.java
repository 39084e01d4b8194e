/**
 * Money paid to workers: a payment record per approved aid request and per gradual-exit month (amount, payee, masked
 * card, fund source placeholder), written once under a unique idempotency key; nothing is paid without an approval.
 * Fund sources, allocations, the ledger and bank batches build on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"approval", "identification", "identification :: payees", "organization", "settings",
                "shell", "shell :: ui", "workflow", "shared"})
package org.bangfu.funds;
