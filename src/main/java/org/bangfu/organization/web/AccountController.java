package org.bangfu.organization.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bangfu.organization.Accounts;
import org.bangfu.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account. Changing the password is the one call a user whose password must be changed may make
 * (the security configuration lets {@code /api/account/password} through while a change is due).
 */
@RestController
@RequestMapping("/api/account")
class AccountController {

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final Accounts accounts;
    private final MessageSource messages;

    AccountController(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, Principal principal) {
        accounts.changePassword(principal.getName(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        List<Map<String, String>> errors = e.errors().stream().map(error -> Map.of("field", error.field(),
                "message", messages.getMessage(error.messageKey(), error.args().toArray(), error.messageKey(),
                        locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; ")));
        problem.setType(URI.create("https://bangfu.org/problems/invalid-input"));
        problem.setTitle(messages.getMessage("problem.invalid-input", null, "invalid input", locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
