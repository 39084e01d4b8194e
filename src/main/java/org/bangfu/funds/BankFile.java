package org.bangfu.funds;

/** An exported bank file: its name, encoding and bytes. */
public record BankFile(String fileName, String encoding, byte[] content, int lines) {
}
