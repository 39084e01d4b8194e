package org.bangfu.benchmark.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

/**
 * One closed file of the bulk-loaded history, with the rows and audit rows the services write on its way: 85% ran
 * the whole line (filed, reviewed, visited, checked, graded, noticed, approved and opened, one to three aid
 * requests approved and paid, exit assessed and approved with one gradual-exit month paid, archived and watched),
 * 15% were refused at the first review. Actors are the unit's and its county's staff by role.
 */
final class ClosedCase {

    private static final OffsetDateTime FIRST = OffsetDateTime.of(2021, 1, 4, 9, 0, 0, 0, ProvinceGenerator.CHINA);
    private static final String[] AID_TYPES = {"LIVING", "LIVING", "LIVING", "MEDICAL", "MEDICAL", "EDUCATION",
            "TRAINING", "JOB_PLACEMENT", "LEGAL"};
    private static final String[] GRADES = {"DEEP", "DEEP", "RELATIVE", "RELATIVE", "RELATIVE", "ACCIDENT"};
    private static final String[] ROUTES = {"EMPLOYMENT", "EMPLOYMENT", "SOCIAL_INSURANCE", "MEDICAL_INSURANCE",
            "DIBAO", "OTHER"};

    private ClosedCase() {
    }

    static void add(Batch rows, SplittableRandom r, long id, long unitId, long countyId, String unitCode,
            String division, String countyCode, String decision, ProvinceGenerator generator) {
        String cw = "p_cw_" + unitCode;
        String approver = "p_ap_" + countyCode + "_1";
        // filed on a working-day morning between 2021 and mid-2025
        OffsetDateTime filed = FIRST.plusDays(r.nextInt(1640)).plusMinutes(r.nextInt(480));
        String caseNo = ProvinceGenerator.caseNo(filed, id);
        ProvinceGenerator.Person p = generator.person(r, division, id);
        rows.audit(filed, cw, "CASE_FILED", id, unitId, caseNo);
        rows.participant(id, cw, "FILED");
        rows.profileAt(id, p, r, division, "职工");
        if (r.nextInt(100) < 15) {
            OffsetDateTime refused = filed.plusDays(1 + r.nextInt(5));
            rows.caseRow(id, caseNo, unitId, p, "REFUSED", null, cw, filed, refused, null, null, "FIRST_REVIEW",
                    null);
            rows.participant(id, cw, "REVIEWED");
            rows.audit(refused, cw, "FILE_REFUSED", id, unitId, "FIRST_REVIEW: 初审未通过");
            return;
        }
        String grade = GRADES[r.nextInt(GRADES.length)];
        OffsetDateTime reviewed = filed.plusDays(1 + r.nextInt(3));
        OffsetDateTime visited = reviewed.plusDays(1 + r.nextInt(5));
        OffsetDateTime checked = visited.plusHours(2);
        OffsetDateTime graded = checked.plusMinutes(5);
        LocalDate noticeFrom = graded.toLocalDate();
        LocalDate noticeUntil = noticeFrom.plusDays(7);
        OffsetDateTime opened = noticeUntil.plusDays(1 + r.nextInt(5)).atTime(10, 0).atOffset(ProvinceGenerator.CHINA);
        String fileNo = "DA%s-%06d".formatted(division, id);
        rows.audit(reviewed, cw, "FIRST_REVIEW_PASSED", id, unitId, "材料齐全");
        rows.audit(visited, cw, "HOME_VISIT_RECORDED", id, unitId, visited.toLocalDate() + " " + p.name() + "家");
        rows.audit(checked, cw, "MEANS_CHECK_RECORDED", id, unitId,
                "MANUAL: homes=1 vehicle=false business=false school=false dibao=false");
        rows.audit(graded, "system", "CASE_GRADED", id, unitId, grade + " (GradeDecision v1)");
        rows.audit(graded.plusSeconds(1), "system", "NOTICE_STARTED", id, unitId, noticeFrom + " - " + noticeUntil);
        rows.audit(opened, approver, "FILE_APPROVED", id, unitId, null);
        rows.audit(opened.plusSeconds(1), "system", "FILE_OPENED", id, unitId, fileNo);
        for (String part : new String[] {"REVIEWED", "VISITED", "CHECKED", "EXIT_ASSESSED"}) {
            rows.participant(id, cw, part);
        }
        rows.visits.add(new Object[] {id, visited.toLocalDate(), p.name() + "、" + cw, cw, visited});
        rows.means.add(new Object[] {id, checked.toLocalDate(), cw, checked});
        BigDecimal monthly = BigDecimal.valueOf(300 + r.nextInt(500)).setScale(2, RoundingMode.UNNECESSARY);
        rows.grades.add(new Object[] {id, monthly, monthly.multiply(BigDecimal.valueOf(12)),
                BigDecimal.valueOf(650).setScale(2, RoundingMode.UNNECESSARY), graded.getYear(),
                graded.getYear() - 1, grade, decision, graded, monthly});
        rows.steps.add(new Object[] {"FILE", id, id, countyId, null, approver, opened});
        OffsetDateTime at = opened;
        int requests = 1 + r.nextInt(3);
        for (int j = 0; j < requests; j++) {
            long aidId = ProvinceGenerator.CLOSED_BASE + (id - ProvinceGenerator.CLOSED_BASE) * 4 + j;
            String type = AID_TYPES[r.nextInt(AID_TYPES.length)];
            BigDecimal amount = BigDecimal.valueOf(500 + 100L * r.nextInt(46)).setScale(2, RoundingMode.UNNECESSARY);
            OffsetDateTime requested = at.plusDays(3 + r.nextInt(60));
            OffsetDateTime approved = requested.plusDays(1 + r.nextInt(5));
            OffsetDateTime paid = approved.plusDays(2 + r.nextInt(10));
            at = paid;
            String key = "aid-" + aidId;
            rows.aids.add(new Object[] {aidId, id, type, amount, requested.getYear(), "帮扶", cw, requested,
                    approved});
            rows.steps.add(new Object[] {"AID", aidId, id, countyId, amount, approver, approved});
            rows.payments.add(new Object[] {aidId, id, aidId, "AID", type, key, amount, p.name(), p.cardLast4(),
                    approved, countyId, approved.getYear(), approver, paid, "BR" + aidId, unitId});
            rows.audit(requested, cw, "AID_REQUESTED", id, unitId, type + " " + amount + " COUNTY");
            rows.audit(approved, approver, "AID_APPROVED_COUNTY", id, unitId, type + " " + amount);
            rows.audit(approved.plusSeconds(1), approver, "PAYMENT_APPROVED", id, unitId, amount + " " + key);
        }
        OffsetDateTime assessed = at.plusDays(180 + r.nextInt(360));
        OffsetDateTime decided = assessed.plusDays(1 + r.nextInt(7));
        OffsetDateTime gradualPaid = decided.plusDays(3 + r.nextInt(10));
        OffsetDateTime archived = gradualPaid.plusMonths(1);
        BigDecimal gradual = BigDecimal.valueOf(100).setScale(2, RoundingMode.UNNECESSARY);
        String route = ROUTES[r.nextInt(ROUTES.length)];
        rows.exits.add(new Object[] {id, "收入稳定", cw, assessed, monthly, gradual, approver, decided, route});
        long exitPaymentId = ProvinceGenerator.CLOSED_BASE + (id - ProvinceGenerator.CLOSED_BASE) * 4 + 3;
        String exitKey = "exit-" + id + "-1";
        rows.payments.add(new Object[] {exitPaymentId, id, null, "GRADUAL_EXIT", "LIVING", exitKey, gradual, p.name(),
                p.cardLast4(), decided, countyId, decided.getYear(), approver, gradualPaid, "BR" + exitPaymentId,
                unitId});
        rows.audit(assessed, cw, "EXIT_ASSESSED", id, unitId, "EXIT");
        rows.audit(decided, approver, "EXIT_APPROVED", id, unitId, "1 x " + gradual);
        rows.audit(decided.plusSeconds(1), approver, "PAYMENT_APPROVED", id, unitId, gradual + " " + exitKey);
        rows.audit(archived, "system", "FILE_ARCHIVED", id, unitId, "watch 24");
        LocalDate watchFrom = archived.toLocalDate();
        rows.watches.add(new Object[] {id, watchFrom, watchFrom.plusMonths(24),
                watchFrom.plusMonths(24).isBefore(LocalDate.of(2026, 12, 1)) ? "ENDED" : "WATCHING"});
        rows.caseRow(id, caseNo, unitId, p, "EXITED", grade, cw, filed, archived, fileNo, opened, null,
                new LocalDate[] {noticeFrom, noticeUntil});
    }
}
