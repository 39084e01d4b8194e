package org.bangfu.workflow.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The SHA-256 of every model the release ships on the classpath under {@code bpmn/}. */
final class ShippedModels {

    private ShippedModels() {
    }

    static Set<String> hashes(ClassLoader classLoader) {
        Set<String> hashes = new HashSet<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:" + GuardRules.SHIPPED_MODELS + "**/*");
            for (Resource resource : resources) {
                if (resource.isReadable() && resource.getFilename() != null
                        && (GuardRules.isBpmn(resource.getFilename()) || GuardRules.isDmn(resource.getFilename()))) {
                    try (InputStream in = resource.getInputStream()) {
                        hashes.add(sha256(in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(hashes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0]
                    : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
