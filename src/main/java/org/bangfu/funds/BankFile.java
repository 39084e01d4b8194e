package org.bangfu.funds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;

/** An exported bank file: its name, encoding and bytes. */
public record BankFile(String fileName, String encoding, byte[] content, int lines) {

    /** The encodings banks take here, by name. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "GBK");

    /** UTF-8 or GBK; any other name is refused on the field {@code encoding}. */
    public static Charset encoding(String name) {
        if ("UTF-8".equalsIgnoreCase(name)) {
            return StandardCharsets.UTF_8;
        }
        if ("GBK".equalsIgnoreCase(name)) {
            return Charset.forName("GBK");
        }
        throw new InvalidInputException(FieldError.of("encoding", "validation.encoding.supported"));
    }
}
