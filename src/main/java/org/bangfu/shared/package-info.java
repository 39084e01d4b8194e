/**
 * Value types and the small exception vocabulary every module shares: resident IDs (GB 11643), bank card numbers
 * (Luhn), amounts of money, and the field errors that forms and the REST API turn into messages. No behaviour that
 * needs a database lives here, but for two small services every module needs alike: the field cipher (AES-GCM with
 * the configured key), so that every module stores account and ID numbers the same way, and the node locks
 * (PostgreSQL advisory locks), so that start-up and scheduled work runs on one node at a time.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bangfu.shared;
