package org.bangfu.casework.api;

import java.util.List;

import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.CaseIntake;
import org.bangfu.casework.CaseViews;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "Hardship cases: intake and reading")
class CaseController {

    private final CaseIntake intake;
    private final CaseViews views;
    private final CurrentUsers users;

    CaseController(CaseIntake intake, CaseViews views, CurrentUsers users) {
        this.intake = intake;
        this.views = views;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a case at the caller's unit and start its process (case workers)")
    HardshipCase file(@RequestBody IntakeCommand command) {
        return intake.file(command, users.require());
    }

    @GetMapping
    @Operation(summary = "Cases of the caller's unit and its subtree, newest first")
    List<HardshipCase> list() {
        return views.cases(users.require());
    }

    @GetMapping("/{caseNo}")
    @Operation(summary = "A case with its grading, decision, payment, current step and history")
    CaseDetail read(@PathVariable String caseNo) {
        return views.detail(caseNo, users.require());
    }
}
