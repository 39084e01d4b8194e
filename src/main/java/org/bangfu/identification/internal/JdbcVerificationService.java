package org.bangfu.identification.internal;

import org.bangfu.shared.TextInput;
import org.bangfu.shared.UploadContent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.FirstReviewPassed;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HomeVisitRecorded;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.MeansCheckRecorded;
import org.bangfu.identification.NoticeStarted;
import org.bangfu.identification.Objection;
import org.bangfu.identification.ObjectionDismissed;
import org.bangfu.identification.ObjectionLodged;
import org.bangfu.identification.ObjectionUpheld;
import org.bangfu.identification.RefusalReason;
import org.bangfu.identification.VerificationService;
import org.bangfu.identification.VerificationVisit;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcVerificationService implements VerificationService {

    static final String DELETE_HOME_VISIT = """
            DELETE FROM verification_visit WHERE case_id = :caseId""";
    static final String INSERT_HOME_VISIT = """
            INSERT INTO verification_visit (case_id, visit_date, visitors, findings, authorization_signed,
              recorded_by, recorded_at)
            VALUES (:caseId, :visitDate, :visitors, :findings, TRUE, :recordedBy, :recordedAt)""";
    static final String FIND_HOME_VISIT = """
            SELECT visit_date, visitors, findings, authorization_signed, recorded_by, recorded_at
            FROM verification_visit WHERE case_id = :caseId""";
    static final String DELETE_MEANS_CHECK = """
            DELETE FROM means_check WHERE case_id = :caseId""";
    static final String INSERT_MEANS_CHECK = """
            INSERT INTO means_check (case_id, homes_owned, private_vehicle, business_with_employees,
              child_high_fee_school, on_dibao, checked_on, source, recorded_by, recorded_at)
            VALUES (:caseId, :homesOwned, :privateVehicle, :businessWithEmployees,
              :childHighFeeSchool, :onDibao, :checkedOn, :source, :recordedBy, :recordedAt)""";
    static final String FIND_MEANS_CHECK = """
            SELECT homes_owned, private_vehicle, business_with_employees, child_high_fee_school, on_dibao,
              checked_on, source
            FROM means_check WHERE case_id = :caseId""";
    static final String START_NOTICE = """
            UPDATE hardship_case SET notice_from = :from, notice_until = :until WHERE id = :caseId""";
    static final String INSERT_OBJECTION = """
            INSERT INTO objection (case_id, objector, content, lodged_at, recorded_by)
            VALUES (:caseId, :objector, :content, :lodgedAt, :recordedBy)""";
    static final String RESOLVE_OBJECTION = """
            UPDATE objection SET upheld = :upheld, resolution = :resolution, resolved_by = :resolvedBy,
              resolved_at = :resolvedAt
            WHERE id = :objectionId""";
    static final String LIST_OBJECTIONS = """
            SELECT * FROM objection WHERE case_id = :caseId ORDER BY id""";
    static final String FIND_OBJECTION = """
            SELECT * FROM objection WHERE id = :objectionId""";

    private final org.bangfu.identification.CaseWorkerAccess access;
    private final JdbcClient jdbc;
    private final IdentificationService files;
    private final Jurisdiction jurisdiction;
    private final MeansCheckImport importer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcVerificationService(JdbcClient jdbc, IdentificationService files, Jurisdiction jurisdiction,
                            MeansCheckImport importer, ApplicationEventPublisher events, Clock clock, org.bangfu.identification.CaseWorkerAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.files = files;
        this.jurisdiction = jurisdiction;
        this.importer = importer;
        this.events = events;
        this.clock = clock;
    }

    /** The case, if the user is a case worker covering it and it is in one of the expected statuses. */
    private HardshipCase workable(long caseId, CurrentUser user, CaseStatus... expected) {
        return access.workable(caseId, user, expected);
    }

    @Override
    @Transactional
    public void firstReview(long caseId, boolean passed, String note, CurrentUser user) {
        HardshipCase c = workable(caseId, user, CaseStatus.APPLIED);
        if (!passed && (note == null || note.isBlank())) {
            throw new InvalidInputException(FieldError.of("note", "validation.reason.required"));
        }
        TextInput.require("note", note);
        if (note != null && note.trim().length() > 500) {
            throw new InvalidInputException(FieldError.of("note", "validation.tooLong", 500));
        }
        files.addParticipant(caseId, user.username(), "REVIEWED");
        if (passed) {
            files.changeStatus(caseId, CaseStatus.VERIFYING);
            events.publishEvent(new FirstReviewPassed(user.username(), caseId, c.unitId(), note));
        } else {
            files.refuse(caseId, CaseStatus.REFUSED, RefusalReason.FIRST_REVIEW, note.trim(), user.username());
        }
    }

    @Override
    @Transactional
    public void recordVisit(long caseId, LocalDate visitDate, String visitors, String findings, CurrentUser user) {
        HardshipCase c = workable(caseId, user, CaseStatus.VERIFYING);
        List<FieldError> errors = new ArrayList<>();
        if (visitDate == null) {
            errors.add(FieldError.of("visitDate", "validation.required"));
        } else if (visitDate.isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("visitDate", "validation.date.future"));
        } else if (visitDate.isBefore(c.filedAt().atZoneSameInstant(clock.getZone()).toLocalDate().minusDays(30))) {
            errors.add(FieldError.of("visitDate", "validation.date.beforeFiling"));
        }
        IntakeValidator.text(errors, "visitors", visitors, 200);
        IntakeValidator.text(errors, "findings", findings, 2000);
        boolean signed = files.attachments(caseId).stream()
                .anyMatch(a -> a.kind() == AttachmentKind.MEANS_CHECK_AUTHORIZATION);
        if (!signed) {
            errors.add(FieldError.of("authorization", "validation.authorization.missing"));
        }
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(DELETE_HOME_VISIT).param("caseId", caseId).update();
        jdbc.sql(INSERT_HOME_VISIT)
                .param("caseId", caseId).param("visitDate", visitDate).param("visitors", visitors.trim())
                .param("findings", findings.trim()).param("recordedBy", user.username())
                .param("recordedAt", OffsetDateTime.now(clock))
                .update();
        files.addParticipant(caseId, user.username(), "VISITED");
        events.publishEvent(new HomeVisitRecorded(user.username(), caseId, c.unitId(), visitDate, visitors.trim()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VerificationVisit> visit(long caseId) {
        return jdbc.sql(FIND_HOME_VISIT).param("caseId", caseId)
                .query((rs, n) -> new VerificationVisit(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .optional();
    }

    @Override
    @Transactional
    public void recordMeansCheck(long caseId, MeansCheck result, CurrentUser user) {
        HardshipCase c = workable(caseId, user, CaseStatus.VERIFYING);
        List<FieldError> errors = MeansCheckImport.problems(result, LocalDate.now(clock), "");
        InvalidInputException.throwIfAny(errors);
        save(c, result, "MANUAL", user);
    }

    void save(HardshipCase c, MeansCheck r, String source, CurrentUser user) {
        jdbc.sql(DELETE_MEANS_CHECK).param("caseId", c.id()).update();
        jdbc.sql(INSERT_MEANS_CHECK)
                .param("caseId", c.id()).param("homesOwned", r.homesOwned()).param("privateVehicle", r.privateVehicle())
                .param("businessWithEmployees", r.businessWithEmployees())
                .param("childHighFeeSchool", r.childAtHighFeeSchool()).param("onDibao", r.onDibao())
                .param("checkedOn", r.checkedOn()).param("source", source).param("recordedBy", user.username())
                .param("recordedAt", OffsetDateTime.now(clock))
                .update();
        files.addParticipant(c.id(), user.username(), "CHECKED");
        events.publishEvent(new MeansCheckRecorded(user.username(), c.id(), c.unitId(), source, r));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeansCheck> meansCheck(long caseId) {
        return jdbc.sql(FIND_MEANS_CHECK).param("caseId", caseId)
                .query((rs, n) -> new MeansCheck(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .optional();
    }

    @Override
    @Transactional
    public List<Long> importMeansChecks(byte[] csv, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        // a CSV by its content: text, not a renamed program or other binary file
        UploadContent.require("file", csv, Set.of(UploadContent.Kind.CSV), "input.upload.kinds.csv");
        List<MeansCheckImport.Line> lines = importer.parse(csv, user);
        List<Long> recorded = new ArrayList<>();
        for (MeansCheckImport.Line line : lines) {
            save(line.hardshipCase(), line.result(), "IMPORT", user);
            recorded.add(line.hardshipCase().id());
        }
        return recorded;
    }

    @Override
    @Transactional
    public void startNotice(long caseId, LocalDate from, LocalDate until) {
        jdbc.sql(START_NOTICE)
                .param("from", from).param("until", until).param("caseId", caseId).update();
        CaseMemo.forgetAll();
        files.changeStatus(caseId, CaseStatus.NOTICE);
        HardshipCase c = files.caseById(caseId);
        events.publishEvent(new NoticeStarted(caseId, c.unitId(), from, until));
    }

    @Override
    @Transactional
    public Objection lodgeObjection(long caseId, String objector, String content, CurrentUser user) {
        HardshipCase c = workable(caseId, user, CaseStatus.NOTICE, CaseStatus.APPLIED, CaseStatus.VERIFYING,
                CaseStatus.AWAITING_APPROVAL, CaseStatus.RETURNED, CaseStatus.OPEN);
        if (c.status() != CaseStatus.NOTICE) {
            throw new ConflictException("error.notInNotice", c.caseNo());
        }
        List<FieldError> errors = new ArrayList<>();
        IntakeValidator.text(errors, "objector", objector, 50);
        IntakeValidator.text(errors, "content", content, 1000);
        InvalidInputException.throwIfAny(errors);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_OBJECTION)
                .param("caseId", caseId).param("objector", objector.trim()).param("content", content.trim())
                .param("lodgedAt", OffsetDateTime.now(clock)).param("recordedBy", user.username())
                .update(keys, "id");
        events.publishEvent(new ObjectionLodged(user.username(), caseId, c.unitId(), objector.trim()));
        return objection(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    @Transactional
    public Objection resolveObjection(long objectionId, boolean upheld, String resolution, CurrentUser user) {
        Objection o = objection(objectionId).orElseThrow(() -> new NotFoundException("error.objectionNotFound",
                objectionId));
        HardshipCase c = files.caseById(o.caseId());
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        if (o.upheld() != null) {
            throw new ConflictException("error.objectionResolved", objectionId);
        }
        List<FieldError> errors = new ArrayList<>();
        IntakeValidator.text(errors, "resolution", resolution, 1000);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(RESOLVE_OBJECTION)
                .param("upheld", upheld).param("resolution", resolution.trim()).param("resolvedBy", user.username())
                .param("resolvedAt", OffsetDateTime.now(clock)).param("objectionId", objectionId).update();
        events.publishEvent(upheld ? new ObjectionUpheld(user.username(), c.id(), c.unitId(), resolution.trim())
                : new ObjectionDismissed(user.username(), c.id(), c.unitId(), resolution.trim()));
        return objection(objectionId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objection> objections(long caseId) {
        return jdbc.sql(LIST_OBJECTIONS).param("caseId", caseId)
                .query(JdbcVerificationService::objectionRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Objection> objection(long objectionId) {
        return jdbc.sql(FIND_OBJECTION).param("objectionId", objectionId)
                .query(JdbcVerificationService::objectionRow).optional();
    }

    private static Objection objectionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        boolean upheld = rs.getBoolean("upheld");
        Boolean resolved = rs.wasNull() ? null : upheld;
        return new Objection(rs.getLong("id"), rs.getLong("case_id"), rs.getString("objector"),
                rs.getString("content"), rs.getObject("lodged_at", OffsetDateTime.class), rs.getString("recorded_by"),
                resolved, rs.getString("resolution"), rs.getString("resolved_by"),
                rs.getObject("resolved_at", OffsetDateTime.class));
    }
}
