package com.notefolio.core.actus;

/**
 * An ACTUS contract Notefolio cannot represent: its id, the term that makes it so (a data-dictionary
 * name such as {@code businessDayConvention}), the term's value and the reason.
 */
public record ActusUnsupported(String contractId, String term, String value, String reason) {

    public ActusUnsupported {
        contractId = contractId == null ? "" : contractId;
        term = term == null ? "" : term;
        value = value == null ? "" : value;
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("unsupported contract " + contractId + ": reason is required");
        }
    }

    /** One line for a person: contract, term = value: reason. */
    public String message() {
        return "contract " + contractId + ": " + term + " = " + value + ": " + reason;
    }
}
