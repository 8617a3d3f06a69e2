package com.notefolio.web.dashboard;

/** Refusal of a job because every worker is busy and the queue is full; the message is for the user. */
public class JobsBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobsBusyException(String message) {
        super(message);
    }
}
