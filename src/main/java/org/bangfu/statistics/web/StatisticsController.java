package org.bangfu.statistics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shell.ProblemJson;
import org.bangfu.statistics.ChildStatus;
import org.bangfu.statistics.DrillRecord;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.StatisticsService;
import org.bangfu.statistics.Submission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Statistics forms (GUIDE.md section 12): {@code unit} is a unit code ({@code 410102}), {@code from}/{@code to} the
 * period (ISO dates, both included). Role and unit are checked by the service.
 */
@RestController
@ProblemJson
@Tag(name = "statistics", description = "Statistics forms: compute, enter, drill down, submit, return, export")
class StatisticsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatisticsService statistics;
    private final OrganizationService organization;
    private final CurrentUsers users;

    StatisticsController(StatisticsService statistics, OrganizationService organization, CurrentUsers users) {
        this.statistics = statistics;
        this.organization = organization;
        this.users = users;
    }

    @GetMapping("/api/statistics/{form}")
    @Operation(summary = "The form of a unit for a period: computed, entered and sum rows, and broken identities")
    FormResult form(@PathVariable FormCode form, @RequestParam String unit,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.compute(form, unitId(unit), from, to, users.require());
    }

    @PutMapping("/api/statistics/{form}/entered")
    @Operation(summary = "Saves entered rows of the caller's own unit: {\"D\": 12, \"D1\": 3}; null removes a value")
    FormResult enter(@PathVariable FormCode form, @RequestParam String unit,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestBody Map<String, BigDecimal> values) {
        return statistics.saveEntered(form, unitId(unit), from, to, values, users.require());
    }

    @GetMapping("/api/statistics/{form}/drill-down")
    @Operation(summary = "The records behind a computed row")
    List<DrillRecord> drillDown(@PathVariable FormCode form, @RequestParam String row, @RequestParam String unit,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.drillDown(form, row, unitId(unit), from, to, users.require());
    }

    @PostMapping("/api/statistics/{form}/submit")
    @Operation(summary = "Submits the caller's unit's form: a locked snapshot, the next version")
    Submission submit(@PathVariable FormCode form, @RequestParam String unit,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.submit(form, unitId(unit), from, to, users.require());
    }

    record ReturnBody(String reason) {
    }

    @PostMapping("/api/statistics/submissions/{id}/return")
    @Operation(summary = "The parent unit returns a child's latest submission with a reason")
    Submission giveBack(@PathVariable long id, @RequestBody ReturnBody body) {
        return statistics.returnSubmission(id, body == null ? null : body.reason(), users.require());
    }

    @GetMapping("/api/statistics/{form}/children")
    @Operation(summary = "Each direct child unit's status for the form and period")
    List<ChildStatus> children(@PathVariable FormCode form, @RequestParam String unit,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.children(form, unitId(unit), from, to, users.require());
    }

    @GetMapping("/api/statistics/{form}/consolidated")
    @Operation(summary = "The children's latest submitted versions plus the unit's own records")
    FormResult consolidated(@PathVariable FormCode form, @RequestParam String unit,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.consolidated(form, unitId(unit), from, to, users.require());
    }

    @GetMapping("/api/statistics/{form}/xlsx")
    @Operation(summary = "The form as an .xlsx workbook laid out like the official form")
    ResponseEntity<byte[]> xlsx(@PathVariable FormCode form, @RequestParam String unit,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "false") boolean consolidated, Locale locale) {
        var user = users.require();
        long unitId = unitId(unit);
        FormResult result = consolidated ? statistics.consolidated(form, unitId, from, to, user)
                : statistics.compute(form, unitId, from, to, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(form + "-" + unit + "-" + from + "-" + to + ".xlsx").build().toString())
                .contentType(XLSX).body(statistics.xlsx(result, locale, user));
    }

    private long unitId(String code) {
        return organization.unitByCode(code).orElseThrow(() -> new NotFoundException("error.unitNotFound", code))
                .id();
    }
}
