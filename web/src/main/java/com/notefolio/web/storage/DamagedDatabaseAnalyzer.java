package com.notefolio.web.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link DamagedDatabaseException} into Spring Boot's start-up failure report, without a stack trace. */
public final class DamagedDatabaseAnalyzer extends AbstractFailureAnalyzer<DamagedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DamagedDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
