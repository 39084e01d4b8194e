package org.bangfu.identification.internal;

import org.bangfu.identification.AttachmentAdded;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bangfu.identification.Attachment;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.NewAttachment;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.UploadContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Documents attached to a file: checked by size, declared type and content.
 */
@Component
class CaseAttachments {

    static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
    private static final Set<String> ATTACHMENT_TYPES = Set.of("image/jpeg", "image/png", "application/pdf",
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static final String INSERT_ATTACHMENT = """
            INSERT INTO case_attachment (case_id, kind, file_name, content_type, size_bytes, content, visit_id,
              uploaded_by, uploaded_at)
            VALUES (:caseId, :kind, :fileName, :contentType, :sizeBytes, :content, :visitId, :uploadedBy, :uploadedAt)""";
    static final String LIST_ATTACHMENTS = """
            SELECT id, case_id, kind, file_name, content_type, size_bytes, visit_id, uploaded_by, uploaded_at
            FROM case_attachment WHERE case_id = :caseId ORDER BY id""";
    static final String FIND_ATTACHMENT_CONTENT = """
            SELECT case_id, content FROM case_attachment WHERE id = :attachmentId""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final CaseRecords records;

    CaseAttachments(JdbcClient jdbc, Jurisdiction jurisdiction, ApplicationEventPublisher events, CaseRecords records) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.records = records;
    }

    Attachment attach(long caseId, NewAttachment a, CurrentUser user) {
        HardshipCase hardshipCase = records.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, hardshipCase.unitId());
        List<FieldError> errors = new ArrayList<>();
        if (a.kind() == null) {
            errors.add(FieldError.of("kind", "validation.required"));
        }
        IntakeValidator.text(errors, "fileName", a.fileName(), 200);
        if (a.content() == null || a.content().length == 0) {
            errors.add(FieldError.of("file", "validation.attachment.empty"));
        } else if (a.content().length > MAX_ATTACHMENT_BYTES) {
            errors.add(FieldError.of("file", "validation.attachment.tooLarge", MAX_ATTACHMENT_BYTES / 1024 / 1024));
        }
        if (a.contentType() == null || !ATTACHMENT_TYPES.contains(a.contentType())) {
            errors.add(FieldError.of("file", "validation.attachment.type"));
        } else if (errors.stream().noneMatch(e -> e.field().equals("file"))) {
            // the content decides, not the name or the type the browser derived from it (a renamed program)
            UploadContent.Kind claimed = UploadContent.Kind.ofMediaType(a.contentType()).orElseThrow();
            UploadContent.problem("file", a.content(), Set.of(claimed), "input.upload.kinds.attachment")
                    .ifPresent(errors::add);
        }
        InvalidInputException.throwIfAny(errors);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_ATTACHMENT)
                .param("caseId", caseId).param("kind", a.kind().name()).param("fileName", a.fileName().trim())
                .param("contentType", a.contentType()).param("sizeBytes", a.content().length)
                .param("content", a.content()).param("visitId", a.visitId()).param("uploadedBy", user.username())
                .param("uploadedAt", records.now())
                .update(keys, "id");
        records.addParticipant(caseId, user.username(), "ATTACHED");
        events.publishEvent(new AttachmentAdded(user.username(), caseId, hardshipCase.unitId(), a.kind(),
                a.fileName().trim()));
        long id = keys.getKey().longValue();
        return attachments(caseId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    List<Attachment> attachments(long caseId) {
        return jdbc.sql(LIST_ATTACHMENTS)
                .param("caseId", caseId)
                .query((rs, n) -> {
                    long visit = rs.getLong("visit_id");
                    Long visitId = rs.wasNull() ? null : visit;
                    return new Attachment(rs.getLong("id"), rs.getLong("case_id"),
                            AttachmentKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                            rs.getString("content_type"), rs.getInt("size_bytes"), visitId,
                            rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
                }).list();
    }

    byte[] attachmentContent(long attachmentId, CurrentUser user) {
        record Row(long caseId, byte[] content) {
        }
        Row row = jdbc.sql(FIND_ATTACHMENT_CONTENT).param("attachmentId", attachmentId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new NotFoundException("error.attachmentNotFound", attachmentId));
        if (!jurisdiction.covers(user, records.caseById(row.caseId()).unitId())) {
            throw new NotFoundException("error.attachmentNotFound", attachmentId);
        }
        return row.content();
    }
}
