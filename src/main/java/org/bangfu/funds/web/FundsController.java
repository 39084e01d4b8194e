package org.bangfu.funds.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.funds.BankFile;
import org.bangfu.funds.BatchLine;
import org.bangfu.funds.BatchReconciliation;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.FundSummary;
import org.bangfu.funds.LedgerEntry;
import org.bangfu.funds.LedgerEntryType;
import org.bangfu.funds.LedgerFilter;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.funds.Reconciliation;
import org.bangfu.funds.ResultImport;
import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.ResultPage;
import org.bangfu.shell.ProblemJson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Funds, payment lines and bank batches (GUIDE.md section 7). Role and unit are checked by the services. */
@RestController
@ProblemJson
@Tag(name = "funds", description = "Allocations, ledger, payment lines, bank batches and reconciliation")
class FundsController {

    private final FundService funds;
    private final PaymentService payments;
    private final BatchService batches;
    private final CurrentUsers users;

    FundsController(FundService funds, PaymentService payments, BatchService batches, CurrentUsers users) {
        this.funds = funds;
        this.payments = payments;
        this.batches = batches;
        this.users = users;
    }

    record AllocationBody(FundSource source, Integer fundYear, BigDecimal amount, AidType donorAidType,
                          String donorPurpose) {
    }

    @GetMapping("/api/funds/allocations")
    List<FundAllocation> allocations() {
        return funds.allocations(users.require());
    }

    @PostMapping("/api/funds/allocations")
    @Operation(summary = "Money arriving at the caller's unit (finance); a donation needs the aid type it is for")
    FundAllocation allocate(@RequestBody AllocationBody body) {
        return funds.allocate(body.source(), body.fundYear() == null ? 0 : body.fundYear(), body.amount(),
                body.donorAidType(), body.donorPurpose(), users.require());
    }

    record PassDownBody(Long childUnitId, BigDecimal amount) {
    }

    @PostMapping("/api/funds/allocations/{id}/pass-down")
    @Operation(summary = "Passes part of an allocation down to a direct child unit")
    FundAllocation passDown(@PathVariable long id, @RequestBody PassDownBody body) {
        if (body.childUnitId() == null) {
            throw new InvalidInputException(FieldError.of("childUnit", "validation.required"));
        }
        return funds.passDown(id, body.childUnitId(), body.amount(), users.require());
    }

    record ReasonedAmount(BigDecimal amount, Boolean increase, String reason) {
    }

    @PostMapping("/api/funds/allocations/{id}/return")
    @Operation(summary = "Sends unused money back to the parent allocation")
    FundAllocation giveBack(@PathVariable long id, @RequestBody ReasonedAmount body) {
        return funds.returnToParent(id, body.amount(), body.reason(), users.require());
    }

    @PostMapping("/api/funds/allocations/{id}/correct")
    @Operation(summary = "Corrects what arrived on an allocation up (increase=true) or down, with a reason")
    FundAllocation correct(@PathVariable long id, @RequestBody ReasonedAmount body) {
        return funds.correct(id, body.amount(), Boolean.TRUE.equals(body.increase()), body.reason(),
                users.require());
    }

    @GetMapping("/api/funds/summary")
    @Operation(summary = "Allocated, passed down, reserved, paid and available per unit, source and fund year")
    List<FundSummary> summary() {
        return funds.summary(users.require());
    }

    @GetMapping("/api/funds/ledger")
    @Operation(summary = "Ledger lines of the caller's subtree, newest first, filtered")
    List<LedgerEntry> ledger(@RequestParam(required = false) Integer fundYear,
                             @RequestParam(required = false) FundSource source,
                             @RequestParam(required = false) LedgerEntryType type,
                             @RequestParam(required = false) Long unitId,
                             @RequestParam(required = false) String caseNo,
                             @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate until,
                             @RequestParam(defaultValue = "1000") int limit) {
        if (limit < 1 || limit > 100_000) {
            throw new InvalidInputException(FieldError.of("limit", "validation.range", 1, 100_000));
        }
        return funds.ledger(new LedgerFilter(fundYear, source, type, unitId, caseNo, from, until), users.require(),
                limit);
    }

    @GetMapping("/api/funds/reconcile")
    @Operation(summary = "Allocations whose balances differ from their ledger; empty when the books agree")
    List<Reconciliation> reconcile() {
        return funds.reconcile(users.require());
    }

    @GetMapping("/api/payments")
    List<PaymentRecord> payments(@RequestParam(defaultValue = "500") int limit) {
        return payments.payments(users.require(), Math.max(1, Math.min(limit, 5000)));
    }

    @GetMapping("/api/payments/waiting")
    @Operation(summary = "Lines the caller's unit pays that wait for a batch")
    List<PaymentRecord> waiting() {
        return payments.awaitingBatch(users.require());
    }

    @GetMapping("/api/payments/failed")
    List<PaymentRecord> failed() {
        return payments.failed(users.require());
    }

    record GatherBody(List<Long> paymentIds) {
    }

    @PostMapping("/api/batches")
    @Operation(summary = "Gathers the given waiting lines (or all of the unit's) into a batch")
    PaymentBatch gather(@RequestBody(required = false) GatherBody body) {
        return batches.gather(body == null || body.paymentIds() == null ? List.of() : body.paymentIds(),
                users.require());
    }

    @GetMapping("/api/batches")
    @Operation(summary = "Batches of the caller's subtree, newest first, one page: page from 0, size 1-200 "
            + "(default 50); answers the rows, the total and whether more pages follow")
    ResultPage<PaymentBatch> batches(@RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> batches.batches(user, offset, limit),
                () -> batches.batchCount(user));
    }

    @GetMapping("/api/batches/{id}")
    PaymentBatch batch(@PathVariable long id) {
        return batches.batch(id, users.require());
    }

    @GetMapping("/api/batches/{id}/lines")
    @Operation(summary = "A batch's lines in line order (accounts masked), one page: page from 0, size 1-200 "
            + "(default 50); answers the rows, the total and whether more pages follow")
    ResultPage<BatchLine> lines(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> batches.lines(id, user, offset, limit),
                () -> batches.lineCount(id, user));
    }

    record ReleaseBody(Integer confirmedCount, BigDecimal confirmedTotal) {
    }

    @PostMapping("/api/batches/{id}/release")
    @Operation(summary = "Four eyes: someone other than the gatherer releases it, confirming count and total")
    PaymentBatch release(@PathVariable long id, @RequestBody ReleaseBody body) {
        return batches.release(id, body.confirmedCount(), body.confirmedTotal(), users.require());
    }

    @PostMapping("/api/batches/{id}/discard")
    PaymentBatch discard(@PathVariable long id) {
        return batches.discard(id, users.require());
    }

    @GetMapping("/api/batches/{id}/bank-file")
    @Operation(summary = "The bank file (CSV, layout in docs/bank-file.md); the first export marks the batch sent")
    ResponseEntity<byte[]> bankFile(@PathVariable long id, @RequestParam(defaultValue = "UTF-8") String encoding) {
        BankFile file = batches.export(id, BankFile.encoding(encoding), users.require());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", BankFile.encoding(encoding)))
                .body(file.content());
    }

    @PostMapping(value = "/api/batches/{id}/result", consumes = {"text/csv", "text/plain",
            "application/octet-stream"})
    @Operation(summary = "Imports the bank's result file (the raw bytes as the body): all or nothing, "
            + "problems reported per line; the same file again changes nothing")
    ResultImport result(@PathVariable long id, @RequestParam(defaultValue = "UTF-8") String encoding,
                        @RequestParam(required = false) String fileName, @RequestBody byte[] content) {
        return batches.importResult(id, content, BankFile.encoding(encoding), fileName, users.require(), n -> { });
    }

    @GetMapping("/api/batches/reconciliation")
    @Operation(summary = "Sent against paid against failed per batch, with the ledger's payments, newest batch "
            + "first, one page: page from 0, size 1-200 (default 50); answers the rows, the total and whether more "
            + "pages follow")
    ResultPage<BatchReconciliation> reconciliation(@RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "" + ResultPage.DEFAULT_SIZE) int size) {
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> batches.reconciliation(user, offset, limit),
                () -> batches.reconciliationCount(user));
    }
}
