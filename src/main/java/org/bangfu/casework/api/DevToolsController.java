package org.bangfu.casework.api;

import org.bangfu.casework.NoticeShortcut;
import org.bangfu.identification.HardshipCase;
import org.bangfu.organization.CurrentUsers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Development shortcuts, answered only when {@code bangfu.dev-tools.enabled} is on (404 otherwise). */
@RestController
@org.bangfu.workflow.EngineApi
@Tag(name = "dev", description = "Development only (bangfu.dev-tools.enabled): demo shortcuts, off in production")
class DevToolsController {

    private final NoticeShortcut notice;
    private final CurrentUsers users;

    DevToolsController(NoticeShortcut notice, CurrentUsers users) {
        this.notice = notice;
        this.users = users;
    }

    @PostMapping("/api/dev/cases/{caseNo}/end-notice")
    @Operation(summary = "End the public notice now (analysts, administrators; development only, audited)")
    HardshipCase endNotice(@PathVariable String caseNo) {
        return notice.endNotice(caseNo, users.require());
    }
}
