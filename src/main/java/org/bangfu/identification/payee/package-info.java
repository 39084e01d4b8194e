/** Decrypted payee accounts, for the paying modules only (see {@link org.bangfu.identification.payee.Payees}). */
@org.springframework.modulith.NamedInterface("payees")
package org.bangfu.identification.payee;
