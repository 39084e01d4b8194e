package org.bangfu.casework.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.bangfu.approval.AidCap;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.AidService;
import org.bangfu.approval.SchoolLevel;
import org.bangfu.casework.CaseActions;
import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.CaseIntake;
import org.bangfu.casework.CaseViews;
import org.bangfu.identification.MeansCheckImports;
import org.bangfu.followup.RelapseReport;
import org.bangfu.identification.AidType;
import org.bangfu.identification.Attachment;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.NewAttachment;
import org.bangfu.identification.Objection;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@org.bangfu.workflow.EngineApi
@Tag(name = "cases", description = "Hardship files: applications, emergencies, aid requests and file events")
class CaseController {

    private final CaseIntake intake;
    private final CaseActions actions;
    private final MeansCheckImports tasks;
    private final CaseViews views;
    private final IdentificationService files;
    private final AidService aid;
    private final CurrentUsers users;

    CaseController(CaseIntake intake, CaseActions actions, MeansCheckImports tasks, CaseViews views,
                   IdentificationService files, AidService aid, CurrentUsers users) {
        this.intake = intake;
        this.actions = actions;
        this.tasks = tasks;
        this.views = views;
        this.files = files;
        this.aid = aid;
        this.users = users;
    }

    @PostMapping("/api/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for a household file at the caller's unit and start its process (case workers)")
    HardshipCase file(@RequestBody IntakeCommand command) {
        return intake.file(command, users.require());
    }

    record Emergency(EmergencyCommand worker, BigDecimal amount, String purpose) {
    }

    @PostMapping("/api/emergencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Emergency relief: a temporary file and its relief request, county approval within a working day")
    HardshipCase emergency(@RequestBody Emergency body) {
        return intake.fileEmergency(body.worker() == null ? new EmergencyCommand(null, null, null, null, null, null,
                null, null, null) : body.worker(), body.amount(), body.purpose(), users.require());
    }

    @GetMapping("/api/cases")
    @Operation(summary = "Files of the caller's unit and its subtree, newest first, one page: page from 0, size "
            + "1-200 (default 50); answers the rows, the total and whether more pages follow")
    ResultPage<HardshipCase> list(@RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> views.cases(user, offset, limit),
                () -> views.caseCount(user));
    }

    @GetMapping("/api/cases/{caseNo}")
    @Operation(summary = "A file with its household, records of every stage, aid, payments, current steps and history")
    CaseDetail read(@PathVariable String caseNo) {
        return views.detail(caseNo, users.require());
    }

    record RevealBody(String reason) {
    }

    @PostMapping("/api/cases/{caseNo}/account/reveal")
    @Operation(summary = "The full account number (finance, auditors, administrators), with a reason that is recorded")
    java.util.Map<String, String> reveal(@PathVariable String caseNo, @RequestBody RevealBody body) {
        CurrentUser user = users.require();
        return java.util.Map.of("accountNumber", files.revealBankAccount(caseOf(caseNo, user).id(),
                body.reason(), user));
    }

    @PostMapping("/api/cases/{caseNo}/phone/reveal")
    @Operation(summary = "The applicant's full phone number (shown masked elsewhere), with a reason that is recorded")
    java.util.Map<String, String> revealPhone(@PathVariable String caseNo, @RequestBody RevealBody body) {
        CurrentUser user = users.require();
        String phone = files.revealPhone(caseOf(caseNo, user).id(), body == null ? null : body.reason(), user);
        return java.util.Map.of("phone", phone == null ? "" : phone);
    }

    record FileLevelBody(org.bangfu.identification.FileLevel level, String reason) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/cases/{caseNo}/file-level")
    @Operation(summary = "Sets the file level (national or local), which decides the earmarked money it may receive")
    HardshipCase fileLevel(@PathVariable String caseNo, @RequestBody FileLevelBody body) {
        CurrentUser user = users.require();
        return files.changeFileLevel(caseOf(caseNo, user).id(), body.level(), body.reason(), user);
    }

    private HardshipCase caseOf(String caseNo, CurrentUser user) {
        return files.caseFor(caseNo, user);
    }

    record AidBody(AidType aidType, BigDecimal amount, BigDecimal outOfPocket, SchoolLevel schoolLevel,
                   String purpose) {
    }

    @PostMapping("/api/cases/{caseNo}/aid-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request aid on an open file; refused over the cap with the cap and what was granted")
    AidRequest requestAid(@PathVariable String caseNo, @RequestBody AidBody body) {
        CurrentUser user = users.require();
        return actions.requestAid(new AidRequestCommand(caseOf(caseNo, user).id(), body.aidType(), body.amount(),
                body.outOfPocket(), body.schoolLevel(), body.purpose()), user);
    }

    @GetMapping("/api/cases/{caseNo}/aid-cap")
    @Operation(summary = "The cap of an aid type for the file this year, what is granted or pending, and what remains")
    AidCap cap(@PathVariable String caseNo, @RequestParam AidType aidType,
               @RequestParam(required = false) BigDecimal outOfPocket,
               @RequestParam(required = false) SchoolLevel schoolLevel) {
        return aid.cap(caseOf(caseNo, users.require()).id(), aidType, outOfPocket, schoolLevel);
    }

    record ObjectionBody(String objector, String content) {
    }

    @PostMapping("/api/cases/{caseNo}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an objection lodged during the public notice")
    Objection objection(@PathVariable String caseNo, @RequestBody ObjectionBody body) {
        CurrentUser user = users.require();
        return actions.lodgeObjection(caseOf(caseNo, user).id(), body.objector(), body.content(), user);
    }

    @PostMapping("/api/cases/{caseNo}/exit-assessment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Start the exit assessment of an open file")
    void exitAssessment(@PathVariable String caseNo) {
        CurrentUser user = users.require();
        actions.requestExitAssessment(caseOf(caseNo, user).id(), user);
    }

    @PostMapping("/api/cases/{caseNo}/relapse")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a relapse of an exited household: a new linked file on the shortened path")
    HardshipCase relapse(@PathVariable String caseNo, @RequestBody RelapseReport body) {
        CurrentUser user = users.require();
        return actions.reportRelapse(caseOf(caseNo, user).id(), body, user);
    }

    @PostMapping(path = "/api/cases/{caseNo}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file (application, signed means-check authorization, evidence, visit photo)")
    Attachment attach(@PathVariable String caseNo, @RequestParam AttachmentKind kind,
                      @RequestParam("file") MultipartFile file) throws IOException {
        CurrentUser user = users.require();
        return files.attach(caseOf(caseNo, user).id(), new NewAttachment(kind, file.getOriginalFilename(),
                file.getContentType(), file.getBytes(), null), user);
    }

    record Imported(int completedTasks) {
    }

    @PostMapping(path = "/api/means-checks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a civil-affairs means-check result file (CSV, UTF-8 or GBK); all or nothing")
    Imported importMeansChecks(@RequestParam("file") MultipartFile file) throws IOException {
        return new Imported(tasks.importMeansChecks(file.getBytes(), users.require()));
    }

    record Reverification(int year, Long seed) {
    }

    @PostMapping("/api/reverifications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start the yearly re-verification of the caller's unit (sample seed optional)")
    void reverify(@RequestBody Reverification body) {
        actions.startReverification(body.year(), body.seed(), users.require());
    }
}
