package org.bangfu.identification.internal;

import org.bangfu.shared.FieldCipher;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MeansCheck;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.ResidentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a civil-affairs means-check result file. The whole file is checked before anything is saved: every bad line
 * is reported as {@code line N} with its reason, and one bad line refuses the file.
 */
@Component
class MeansCheckImport {

    static final String HEADER = "residentId,homesOwned,privateVehicle,businessWithEmployees,childAtHighFeeSchool,"
            + "onDibao,checkedOn";
    private static final int MAX_LINES = 10_000;
    /** The person's file under any configured key, awaiting its means check. */
    static final String FIND_CASES_AWAITING_CHECK = """
            SELECT id FROM hardship_case WHERE resident_id_hash IN (:hashes) AND status = :status""";

    record Line(HardshipCase hardshipCase, MeansCheck result) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final IdentificationService files;
    private final Jurisdiction jurisdiction;
    private final java.time.Clock clock;

    MeansCheckImport(JdbcClient jdbc, FieldCipher cipher, IdentificationService files, Jurisdiction jurisdiction,
                     java.time.Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.files = files;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    List<Line> parse(byte[] bytes, CurrentUser user) {
        String text = decode(bytes).orElseThrow(() ->
                new InvalidInputException(FieldError.of("file", "validation.import.encoding")));
        String[] rows = text.replace("\uFEFF", "").split("\r?\n");
        if (rows.length == 0 || !rows[0].trim().equalsIgnoreCase(HEADER)) {
            throw new InvalidInputException(FieldError.of("line 1", "validation.import.header", HEADER));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (rows.length - 1 > MAX_LINES) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.tooMany", MAX_LINES));
        }
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1);
            String[] cells = row.split(",", -1);
            if (cells.length != 7) {
                errors.add(FieldError.of(where, "validation.import.columns", 7, cells.length));
                continue;
            }
            String id = cells[0].trim().toUpperCase();
            Optional<String> idProblem = ResidentId.problemWith(id);
            if (idProblem.isPresent()) {
                errors.add(FieldError.of(where, idProblem.get()));
                continue;
            }
            if (!seen.add(id)) {
                errors.add(FieldError.of(where, "validation.import.duplicate"));
                continue;
            }
            MeansCheck result;
            try {
                result = new MeansCheck(Integer.parseInt(cells[1].trim()), bool(cells[2]), bool(cells[3]),
                        bool(cells[4]), bool(cells[5]), LocalDate.parse(cells[6].trim()), "IMPORT");
            } catch (NumberFormatException | DateTimeParseException e) {
                errors.add(FieldError.of(where, "validation.import.value"));
                continue;
            }
            List<FieldError> problems = problems(result, LocalDate.now(clock), where + ": ");
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                continue;
            }
            Optional<HardshipCase> target = caseAwaitingCheck(id, user);
            if (target.isEmpty()) {
                errors.add(FieldError.of(where, "validation.import.noCase"));
                continue;
            }
            lines.add(new Line(target.get(), result));
        }
        InvalidInputException.throwIfAny(errors);
        if (lines.isEmpty()) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.empty"));
        }
        return lines;
    }

    private Optional<HardshipCase> caseAwaitingCheck(String residentId, CurrentUser user) {
        return jdbc.sql(FIND_CASES_AWAITING_CHECK)
                .param("hashes", cipher.searchHashes(residentId)).param("status", CaseStatus.VERIFYING.name())
                .query(Long.class).list().stream()
                .map(files::caseById).filter(c -> jurisdiction.covers(user, c.unitId())).findFirst();
    }

    static List<FieldError> problems(MeansCheck r, LocalDate today, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        String p = prefix.isEmpty() ? "" : prefix;
        if (r == null) {
            return List.of(FieldError.of("meansCheck", "validation.required"));
        }
        if (r.homesOwned() == null) {
            errors.add(FieldError.of(p.isEmpty() ? "homesOwned" : p.trim(), "validation.required"));
        } else if (r.homesOwned() < 0 || r.homesOwned() > 99) {
            errors.add(FieldError.of(p.isEmpty() ? "homesOwned" : p.trim(), "validation.range", 0, 99));
        }
        for (var flag : List.of(java.util.Map.entry("privateVehicle", Optional.ofNullable(r.privateVehicle())),
                java.util.Map.entry("businessWithEmployees", Optional.ofNullable(r.businessWithEmployees())),
                java.util.Map.entry("childAtHighFeeSchool", Optional.ofNullable(r.childAtHighFeeSchool())),
                java.util.Map.entry("onDibao", Optional.ofNullable(r.onDibao())))) {
            if (flag.getValue().isEmpty()) {
                errors.add(FieldError.of(p.isEmpty() ? flag.getKey() : p.trim(), "validation.required"));
            }
        }
        if (r.checkedOn() == null) {
            errors.add(FieldError.of(p.isEmpty() ? "checkedOn" : p.trim(), "validation.required"));
        } else if (r.checkedOn().isAfter(today)) {
            errors.add(FieldError.of(p.isEmpty() ? "checkedOn" : p.trim(), "validation.date.future"));
        }
        return errors;
    }

    private static Boolean bool(String cell) {
        String v = cell.trim().toLowerCase();
        return switch (v) {
            case "1", "true", "yes", "y" -> Boolean.TRUE;
            case "0", "false", "no", "n" -> Boolean.FALSE;
            default -> throw new NumberFormatException(cell);
        };
    }

    /** UTF-8 when the bytes are valid UTF-8, else GBK (what civil-affairs systems often export). */
    private static Optional<String> decode(byte[] bytes) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            try {
                return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
