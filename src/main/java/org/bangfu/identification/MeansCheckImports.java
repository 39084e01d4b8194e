package org.bangfu.identification;

import java.util.List;

import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.WorkItems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A civil-affairs result file: every result in it is recorded (the whole file refused on one bad line) and the
 * means-check task of each case in it is completed, in one transaction.
 */
@Service
public class MeansCheckImports {

    private final VerificationService verification;
    private final IdentificationService files;
    private final WorkItems work;

    MeansCheckImports(VerificationService verification, IdentificationService files, WorkItems work) {
        this.verification = verification;
        this.files = files;
        this.work = work;
    }

    /** Answers how many means-check tasks the file completed. */
    @Transactional
    public int importMeansChecks(byte[] csv, CurrentUser user) {
        List<Long> recorded = verification.importMeansChecks(csv, user);
        int completed = 0;
        for (long caseId : recorded) {
            completed += work.completeOpen(files.caseById(caseId).caseNo(),
                    org.bangfu.identification.process.MeansCheckTask.KEY, user);
        }
        return completed;
    }
}
