/**
 * Crypto key rotation. The field cipher (in {@code shared}) knows every configured key by id; this module moves the
 * stored data to the current key: a background walk over every encrypted column and search hash, page by page in
 * small transactions, with its progress per table in the database so it resumes after a restart. Only
 * administrators start it; start and end are audited. It also encrypts phone numbers left in plain text by older
 * releases (once, at start-up). The module knows the encrypted tables of the other modules by name only (SQL), not
 * their Java APIs: see {@code internal/EncryptedTables}. API: {@link org.bangfu.keys.KeyRotation}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "shell", "shell :: ui", "shared"})
package org.bangfu.keys;
