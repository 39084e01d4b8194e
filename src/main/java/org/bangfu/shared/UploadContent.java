package org.bangfu.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded file really is, read from its first bytes, never from its name or the type the browser claims
 * (see docs/security/input.md). A program (Windows {@code MZ}, Linux {@code ELF}, macOS Mach-O, a {@code #!} script)
 * is always refused, whatever it is called.
 */
public final class UploadContent {

    /** The kinds of file Bangfu accepts somewhere. */
    public enum Kind {
        PDF("application/pdf"),
        PNG("image/png"),
        JPEG("image/jpeg"),
        /** Word 97–2003 (OLE compound file). */
        DOC("application/msword"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        /** Text: valid UTF-8 (or GBK where allowed) without NUL or other binary control bytes. */
        CSV("text/csv");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Kind> ofMediaType(String type) {
            for (Kind kind : values()) {
                if (kind.mediaType.equalsIgnoreCase(type == null ? "" : type.trim())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private static final Charset GBK = Charset.forName("GBK");

    private UploadContent() {
    }

    /** Whether the content starts like a program: {@code MZ}, {@code \x7FELF}, Mach-O, Java class or {@code #!}. */
    public static boolean isExecutable(byte[] content) {
        return startsWith(content, 'M', 'Z') || startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(content, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(content, '#', '!');
    }

    /** The binary kind the content is, from its magic bytes (CSV is never detected here: see {@link #isText}). */
    public static Optional<Kind> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G')) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(Kind.DOC);
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
            // an OOXML package names its parts in the zip directory: [Content_Types].xml and word/ or xl/
            boolean types = contains(content, "[Content_Types].xml");
            if (types && contains(content, "word/")) {
                return Optional.of(Kind.DOCX);
            }
            if (types && contains(content, "xl/")) {
                return Optional.of(Kind.XLSX);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the content is text: valid UTF-8 (a BOM allowed) or, when {@code gbkAllowed}, valid GBK; no NUL or
     * other control byte but tab, line feed and carriage return.
     */
    public static boolean isText(byte[] content, boolean gbkAllowed) {
        if (content == null) {
            return false;
        }
        for (byte b : content) {
            int c = b & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return false;
            }
        }
        return decodes(content, StandardCharsets.UTF_8) || (gbkAllowed && decodes(content, GBK));
    }

    /**
     * The refusal of the field's content when it is not one of the allowed kinds (a program gets its own message);
     * {@code kindsKey} names the allowed kinds for the person ({@code input.upload.kinds.*}).
     */
    public static Optional<FieldError> problem(String field, byte[] content, Set<Kind> allowed, String kindsKey) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (isExecutable(content)) {
            return Optional.of(FieldError.of(field, "input.upload.executable"));
        }
        Optional<Kind> kind = detect(content);
        boolean ok = kind.map(allowed::contains)
                .orElseGet(() -> allowed.contains(Kind.CSV) && isText(content, true));
        return ok ? Optional.empty() : Optional.of(FieldError.of(field, "input.upload.content", new Key(kindsKey)));
    }

    /** Throws {@link InvalidInputException} with {@link #problem}'s refusal, if any. */
    public static void require(String field, byte[] content, Set<Kind> allowed, String kindsKey) {
        problem(field, content, allowed, kindsKey).ifPresent(error -> {
            throw new InvalidInputException(error);
        });
    }

    /** A message argument that is itself a message key (translated where the message is shown). */
    public record Key(String key) implements org.springframework.context.MessageSourceResolvable {
        @Override
        public String[] getCodes() {
            return new String[] {key};
        }

        @Override
        public String toString() {
            return key;
        }
    }

    private static boolean decodes(byte[] content, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
