package org.bangfu.dashboard.web;

import java.util.List;

import org.bangfu.dashboard.DashboardService.CampaignChoice;
import org.bangfu.dashboard.DashboardService.FileRow;
import org.bangfu.dashboard.DashboardService.GradeStatusCount;
import org.bangfu.dashboard.DashboardService.MonthlyPaid;
import org.bangfu.dashboard.DashboardService.UnitCoverage;
import org.bangfu.dashboard.DashboardService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.ResultPage;
import org.bangfu.shell.ProblemJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The dashboard's data for the caller's subtree (docs/dashboard.md). Role and subtree are checked by the service. */
@RestController
@ProblemJson
@Tag(name = "dashboard", description = "Chart data and work lists of the caller's unit subtree")
class DashboardController {

    private final DashboardService dashboard;
    private final CurrentUsers users;

    DashboardController(DashboardService dashboard, CurrentUsers users) {
        this.dashboard = dashboard;
        this.users = users;
    }

    @GetMapping("/api/dashboard/cases-by-grade")
    @Operation(summary = "Number of files per grade (null: not graded) and status")
    List<GradeStatusCount> casesByGrade() {
        return dashboard.casesByGrade(users.require());
    }

    @GetMapping("/api/dashboard/money-by-source")
    @Operation(summary = "Money paid per fund source and month (1-12) of the year, in the caller's time zone")
    List<MonthlyPaid> moneyBySource(@RequestParam(required = false) Integer year) {
        if (year == null) {
            throw new InvalidInputException(FieldError.of("year", "validation.required"));
        }
        return dashboard.moneyBySource(year, users.require());
    }

    @GetMapping("/api/dashboard/campaigns")
    @Operation(summary = "Campaigns that concern the caller's subtree, newest first")
    List<CampaignChoice> campaigns() {
        return dashboard.campaigns(users.require());
    }

    @GetMapping("/api/dashboard/campaign-coverage")
    @Operation(summary = "Open deep-hardship files per participating unit: recipients, exempted and missing")
    List<UnitCoverage> campaignCoverage(@RequestParam(required = false) Long campaignId) {
        if (campaignId == null) {
            throw new InvalidInputException(FieldError.of("campaignId", "validation.required"));
        }
        return dashboard.campaignCoverage(campaignId, users.require());
    }

    @GetMapping("/api/dashboard/stale-files")
    @Operation(summary = "Open files whose last change is more than 365 days before today, the longest unchanged "
            + "first, one page: page from 0, size 1-200 (default 50); answers the rows, the total and whether more "
            + "pages follow")
    ResultPage<FileRow> staleFiles(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> dashboard.staleFiles(user, offset, limit),
                () -> dashboard.staleFileCount(user));
    }

    @GetMapping("/api/dashboard/never-assisted")
    @Operation(summary = "Open, approved files that never had a paid payment line, the oldest filed first, one "
            + "page: page from 0, size 1-200 (default 50); answers the rows, the total and whether more pages follow")
    ResultPage<FileRow> neverAssisted(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> dashboard.neverAssisted(user, offset, limit),
                () -> dashboard.neverAssistedCount(user));
    }
}
