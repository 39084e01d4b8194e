package org.bangfu.workflow.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.bangfu.shared.BangfuException;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shell.web.ProblemResponses;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of REST controllers that reach the engine (marked {@link org.bangfu.workflow.EngineApi}): every
 * answer of the shell's {@link ProblemResponses}, plus the engine's own (a task taken or gone, a concurrent change, a
 * refusal wrapped by the engine). One advice, so that an exception is matched against all handlers at once.
 */
@RestControllerAdvice(annotations = org.bangfu.workflow.EngineApi.class)
class EngineProblemResponses extends ProblemResponses {

    EngineProblemResponses(MessageSource messages, @Value("${bangfu.http.retry-after:2s}") Duration retryAfter) {
        super(messages, retryAfter);
    }

    /** Two people changed the same task or instance at once: the later one is told to reload, not given a 500. */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    ProblemDetail concurrentChange(org.camunda.bpm.engine.OptimisticLockingException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", text("input.concurrentChange", List.of(), locale), locale);
    }

    /**
     * The task was completed or removed by someone else between reading it and acting on it (two approvers on the
     * same task at the same moment): 409, reload and look again, not 500.
     */
    @ExceptionHandler(org.camunda.bpm.engine.exception.NullValueException.class)
    ProblemDetail vanished(org.camunda.bpm.engine.exception.NullValueException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", text("input.concurrentChange", List.of(), locale), locale);
    }

    /** A refusal from a process step reaches the caller wrapped by the engine: answer it like the refusal itself. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ProblemDetail wrapped(org.camunda.bpm.engine.ProcessEngineException e, Locale locale) {
        // a pool timeout inside the engine has no Bangfu cause: rethrown, ApiRequestGuard answers it 503
        BangfuException cause = BangfuException.causing(e).orElseThrow(() -> e);
        if (cause instanceof InvalidInputException invalid) {
            return invalid(invalid, locale);
        }
        if (cause instanceof NotFoundException notFound) {
            return notFound(notFound, locale);
        }
        if (cause instanceof ForbiddenException forbidden) {
            return forbidden(forbidden, locale);
        }
        if (cause instanceof ConflictException conflict) {
            return conflict(conflict, locale);
        }
        throw e;
    }

    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ProblemDetail claimed(TaskAlreadyClaimedException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", text("error.taskTaken", List.of(e.getTaskAssignee()), locale),
                locale);
    }
}
