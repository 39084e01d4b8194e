package org.bangfu.statistics.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.TextInput;
import org.bangfu.statistics.ChildStatus;
import org.bangfu.statistics.DrillRecord;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormDefinition;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.FormRow;
import org.bangfu.statistics.ReportStatus;
import org.bangfu.statistics.RowDefinition;
import org.bangfu.statistics.RowKind;
import org.bangfu.statistics.StatisticsService;
import org.bangfu.statistics.Submission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The forms computed from the records, the entered rows, submissions upward and the consolidated view. */
@Service
class JdbcStatisticsService implements StatisticsService {

    private final FormFigures figures;
    private final Reports reports;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final MessageSource messages;
    private final Clock clock;

    JdbcStatisticsService(FormFigures figures, Reports reports, OrganizationService organization,
                          Jurisdiction jurisdiction, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.reports = reports;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public FormResult compute(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        OrgUnit unit = visibleUnit(form, unitId, from, to, user);
        FormDefinition definition = FormDefinition.of(form);
        Map<String, BigDecimal> values = figures.leaves(form, scope(unit, true, from, to));
        Map<String, Reports.Entry> own = reports.entries(form, unitId, from, to);
        Map<String, BigDecimal> children = childrenSum(form, unit, from, to);
        for (RowDefinition row : definition.rows()) {
            if (row.kind() == RowKind.ENTERED) {
                Reports.Entry entry = own.get(row.code());
                values.put(row.code(), (entry == null ? BigDecimal.ZERO : entry.value())
                        .add(children.getOrDefault(row.code(), BigDecimal.ZERO)));
            }
        }
        return result(definition, unit, from, to, false, definition.withSums(values), own);
    }

    @Override
    @Transactional
    public FormResult saveEntered(FormCode form, long unitId, LocalDate from, LocalDate to,
                                  Map<String, BigDecimal> values, CurrentUser user) {
        OrgUnit unit = ownUnit(form, unitId, from, to, user);
        reports.latest(form, unitId, from, to).filter(s -> s.status() == ReportStatus.SUBMITTED).ifPresent(s -> {
            throw new ConflictException("statistics.error.locked", s.version());
        });
        FormDefinition definition = FormDefinition.of(form);
        Map<String, BigDecimal> merged = new HashMap<>();
        reports.entries(form, unitId, from, to).forEach((row, entry) -> merged.put(row, entry.value()));
        List<FieldError> errors = EnteredValues.check(definition, values, merged);
        InvalidInputException.throwIfAny(errors);
        OffsetDateTime now = OffsetDateTime.now(clock);
        values.forEach((row, value) -> reports.saveEntry(form, unitId, from, to, row,
                value == null ? null : value.setScale(2), user.username(), now));
        return compute(form, unit.id(), from, to, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DrillRecord> drillDown(FormCode form, String row, long unitId, LocalDate from, LocalDate to,
                                       CurrentUser user) {
        Drill drill = drill(form, row, unitId, from, to, user);
        List<DrillRecord> records = new ArrayList<>();
        for (RowSources.Source source : drill.sources()) {
            records.addAll(figures.drill(source, drill.scope()));
        }
        return records.stream().distinct().limit(FormFigures.DRILL_LIMIT).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DrillRecord> drillDown(FormCode form, String row, long unitId, LocalDate from, LocalDate to,
                                       CurrentUser user, int offset, int limit) {
        Drill drill = drill(form, row, unitId, from, to, user);
        return figures.drillPage(drill.sources(), drill.scope(), offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int drillCount(FormCode form, String row, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        Drill drill = drill(form, row, unitId, from, to, user);
        return figures.drillCount(drill.sources(), drill.scope());
    }

    /** The sources of a row's computed leaves over the unit's subtree, after the visibility and row checks. */
    private Drill drill(FormCode form, String row, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        OrgUnit unit = visibleUnit(form, unitId, from, to, user);
        FormDefinition definition = FormDefinition.of(form);
        RowDefinition wanted = definition.row(row == null ? "" : row).orElseThrow(() ->
                new InvalidInputException(FieldError.of("row", "statistics.validation.unknownRow", row)));
        List<String> leaves = new ArrayList<>();
        computedLeaves(definition, wanted, leaves);
        if (leaves.isEmpty()) {
            throw new InvalidInputException(FieldError.of("row", "statistics.validation.notComputed", row));
        }
        List<RowSources.Source> sources = new ArrayList<>();
        for (String leaf : leaves) {
            RowSources.of(form, leaf).ifPresent(sources::add);
        }
        return new Drill(scope(unit, true, from, to), sources);
    }

    private record Drill(Scope scope, List<RowSources.Source> sources) {
    }

    private static void computedLeaves(FormDefinition definition, RowDefinition row, List<String> leaves) {
        if (row.kind() == RowKind.COMPUTED && !leaves.contains(row.code())) {
            leaves.add(row.code());
        }
        for (String part : row.parts()) {
            computedLeaves(definition, definition.row(part).orElseThrow(), leaves);
        }
    }

    @Override
    @Transactional
    public Submission submit(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        ownUnit(form, unitId, from, to, user);
        FormResult result = compute(form, unitId, from, to, user);
        if (!result.violations().isEmpty()) {
            throw new ConflictException("statistics.error.identitiesBroken",
                    result.violations().get(0).identity().text());
        }
        int version = reports.latest(form, unitId, from, to).map(Submission::version).orElse(0) + 1;
        long id;
        try {
            id = reports.insert(result, version, user.username(), OffsetDateTime.now(clock));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new ConflictException("statistics.error.submittedMeanwhile", version);
        }
        return reports.submission(id).orElseThrow();
    }

    @Override
    @Transactional
    public Submission returnSubmission(long submissionId, String reason, CurrentUser user) {
        Submission submission = reports.submission(submissionId)
                .orElseThrow(() -> new NotFoundException("statistics.error.submissionNotFound", submissionId));
        OrgUnit unit = organization.unit(submission.unitId());
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        if (!jurisdiction.covers(user, unit.id())) {
            throw new NotFoundException("statistics.error.submissionNotFound", submissionId);
        }
        if (unit.parentId() == null || unit.parentId() != user.unit().id()) {
            throw new ForbiddenException("statistics.error.notParent");
        }
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 500);
        InvalidInputException.throwIfAny(errors);
        Submission latest = reports.latest(submission.form(), unit.id(), submission.from(), submission.to())
                .orElseThrow();
        if (latest.id() != submissionId || !reports.markReturned(submissionId, user.username(),
                OffsetDateTime.now(clock), reason.trim())) {
            throw new ConflictException("statistics.error.notReturnable", submission.version());
        }
        return reports.submission(submissionId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Submission> submissions(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        visibleUnit(form, unitId, from, to, user);
        return reports.submissions(form, unitId, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChildStatus> children(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        OrgUnit unit = visibleUnit(form, unitId, from, to, user);
        return children(unit).stream().map(child -> {
            Submission latest = reports.latest(form, child.id(), from, to).orElse(null);
            return new ChildStatus(child.id(), child.code(), child.name(),
                    latest == null ? ReportStatus.NOT_SUBMITTED : latest.status(), latest);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public FormResult consolidated(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        OrgUnit unit = visibleUnit(form, unitId, from, to, user);
        FormDefinition definition = FormDefinition.of(form);
        Map<String, BigDecimal> own = figures.leaves(form, scope(unit, false, from, to));
        Map<String, BigDecimal> subtree = figures.leaves(form, scope(unit, true, from, to));
        Map<String, Reports.Entry> entries = reports.entries(form, unitId, from, to);
        for (RowDefinition row : definition.rows()) {
            if (row.kind() == RowKind.ENTERED) {
                Reports.Entry entry = entries.get(row.code());
                own.put(row.code(), entry == null ? BigDecimal.ZERO : entry.value());
            }
            if (row.fromSubtree() && row.kind() == RowKind.COMPUTED) {
                own.put(row.code(), subtree.get(row.code()));
            }
        }
        Map<String, BigDecimal> values = definition.withSums(own);
        Map<String, BigDecimal> children = childrenSum(form, unit, from, to);
        for (RowDefinition row : definition.rows()) {
            if (!row.fromSubtree()) {
                values.merge(row.code(), children.getOrDefault(row.code(), BigDecimal.ZERO), BigDecimal::add);
            }
        }
        return result(definition, unit, from, to, true, values, entries);
    }

    @Override
    public byte[] xlsx(FormResult result, Locale locale, CurrentUser user) {
        visibleUnit(result.form(), result.unitId(), result.from(), result.to(), user);
        return FormXlsx.write(result,
                (key, args) -> messages.getMessage(key, args, key, locale), user.displayName(),
                LocalDate.now(clock));
    }

    /** Every row of the direct children's latest versions that are submitted (a returned one counts nothing). */
    private Map<String, BigDecimal> childrenSum(FormCode form, OrgUnit unit, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> sum = new HashMap<>();
        for (OrgUnit child : children(unit)) {
            reports.latest(form, child.id(), from, to).filter(s -> s.status() == ReportStatus.SUBMITTED)
                    .ifPresent(s -> reports.values(s.id()).forEach((row, v) -> sum.merge(row, v, BigDecimal::add)));
        }
        return sum;
    }

    private List<OrgUnit> children(OrgUnit unit) {
        return organization.children(unit.id());
    }

    private FormResult result(FormDefinition definition, OrgUnit unit, LocalDate from, LocalDate to,
                              boolean consolidated, Map<String, BigDecimal> values, Map<String, Reports.Entry> own) {
        List<FormRow> rows = definition.rows().stream().map(row -> {
            Reports.Entry entry = row.kind() == RowKind.ENTERED ? own.get(row.code()) : null;
            return new FormRow(row.code(), row.labelKey(definition.form()), row.unit(), row.kind(), row.depth(),
                    values.getOrDefault(row.code(), BigDecimal.ZERO), entry == null ? null : entry.value(),
                    entry == null ? null : entry.by(), entry == null ? null : entry.at());
        }).toList();
        return new FormResult(definition.form(), unit.id(), unit.code(), unit.name(), from, to, consolidated, rows,
                definition.check(values), reports.latest(definition.form(), unit.id(), from, to).orElse(null));
    }

    private Scope scope(OrgUnit unit, boolean subtree, LocalDate from, LocalDate to) {
        return Scope.of(unit, subtree, from, to, clock.getZone());
    }

    /** The unit, if the form, period and unit are given and the unit lies in the user's subtree. */
    private OrgUnit visibleUnit(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            errors.add(FieldError.of("form", "validation.required"));
        }
        if (from == null) {
            errors.add(FieldError.of("from", "validation.required"));
        }
        if (to == null) {
            errors.add(FieldError.of("to", "validation.required"));
        } else if (from != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "statistics.validation.periodOrder"));
        } else if (from != null && to.isAfter(from.plusYears(1))) {
            errors.add(FieldError.of("to", "statistics.validation.periodTooLong"));
        }
        InvalidInputException.throwIfAny(errors);
        OrgUnit unit = organization.unit(unitId);
        jurisdiction.requireCovers(user, unit.id());
        return unit;
    }

    /** The unit, if the user is a case worker or approver of that very unit (entering and submitting). */
    private OrgUnit ownUnit(FormCode form, long unitId, LocalDate from, LocalDate to, CurrentUser user) {
        OrgUnit unit = visibleUnit(form, unitId, from, to, user);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        if (user.unit().id() != unit.id()) {
            throw new ForbiddenException("statistics.error.notYourUnit");
        }
        return unit;
    }
}
