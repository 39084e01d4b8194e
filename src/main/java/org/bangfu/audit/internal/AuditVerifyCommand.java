package org.bangfu.audit.internal;

import java.io.PrintStream;

import org.bangfu.audit.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code java -jar bangfu.jar --bangfu.audit.verify=true}: verifies the audit chain, prints the outcome
 * and exits with 0 (intact) or 1 (broken). {@link AuditVerifyMode} has already made that start a non-web one that
 * neither serves nor seeds demo data nor runs background jobs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = AuditVerifyMode.PROPERTY, havingValue = "true")
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = run(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Verifies and prints; answers the exit code. */
    int run(PrintStream out) {
        long[] shown = {0};
        ChainVerification result = verifier.verify((done, total) -> {
            if (done == total || done - shown[0] >= 100_000) {
                shown[0] = done;
                out.println("audit chain: " + done + " / " + total + " rows checked");
            }
        });
        out.println(result.summary());
        return result.isIntact() ? 0 : 1;
    }
}
