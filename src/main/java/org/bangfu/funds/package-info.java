/**
 * Money paid to workers. In this first slice: the payment record of an approved case (amount, payee, masked card,
 * fund source placeholder), written once per case under a unique idempotency key; nothing is recorded for a case
 * without an approval. Fund sources, allocations, the ledger and bank batches build on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"approval", "identification", "organization", "shell", "shared"})
package org.bangfu.funds;
