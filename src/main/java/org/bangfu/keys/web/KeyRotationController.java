package org.bangfu.keys.web;

import java.util.Map;

import org.bangfu.keys.KeyRotation;
import org.bangfu.keys.KeyRotationStatus;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shell.ProblemJson;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Crypto key rotation (docs/security/keys.md). The role is checked by the service: administrators start it. */
@RestController
@ProblemJson
@Tag(name = "keys", description = "Crypto key rotation: start it and follow its progress")
class KeyRotationController {

    private final KeyRotation rotation;
    private final CurrentUsers users;

    KeyRotationController(KeyRotation rotation, CurrentUsers users) {
        this.rotation = rotation;
        this.users = users;
    }

    @GetMapping("/api/admin/keys")
    @Operation(summary = "The configured key ids, the current one, and the latest rotation with its progress per table "
            + "(administrators and auditors)")
    Map<String, Object> status() {
        var latest = rotation.latest(users.require());
        KeyRotation.KeyInfo keys = rotation.keys();
        return latest.<Map<String, Object>>map(s -> Map.of("currentKeyId", keys.currentKeyId(),
                        "configuredKeyIds", keys.configuredKeyIds(), "rotation", s))
                .orElseGet(() -> Map.of("currentKeyId", keys.currentKeyId(),
                        "configuredKeyIds", keys.configuredKeyIds()));
    }

    @PostMapping("/api/admin/keys/rotation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Starts re-encrypting every stored value to the current key in the background "
            + "(administrators; 409 while one runs)")
    KeyRotationStatus start() {
        return rotation.start(users.require());
    }
}
