package org.bangfu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-character PRC resident identity number (GB 11643-1999): 6-digit division code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public record ResidentId(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public ResidentId {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidInputException(FieldError.of("residentId", problem.get()));
        }
        value = value.toUpperCase();
    }

    /** The i18n key of what is wrong with the text, or empty when it is a valid resident ID. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("validation.required");
        }
        String id = text.trim().toUpperCase();
        if (!id.matches("\\d{17}[0-9X]")) {
            return Optional.of("validation.residentId.format");
        }
        if (birthDateOf(id).isEmpty()) {
            return Optional.of("validation.residentId.birthDate");
        }
        if (id.charAt(17) != checkCharacter(id)) {
            return Optional.of("validation.residentId.checkDigit");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static Optional<LocalDate> birthDateOf(String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            boolean plausible = date.getYear() >= 1900 && !date.isAfter(LocalDate.now(LocalZone.zone()));
            return plausible ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Shown in lists: the first 3 and last 4 characters only. */
    public String masked() {
        return value.substring(0, 3) + "***********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
