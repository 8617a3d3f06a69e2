package com.notefolio.core.io;

import java.util.List;

/**
 * Input that cannot be read: one or more {@link InputError}s, each naming the file, line, column or
 * field, value and reason. Unchecked so that readers can be consumed as iterators and streams; the
 * command line maps it to exit code 2. The message is the first error's, followed by a count of the
 * others when there are several.
 */
public final class InputException extends RuntimeException {

    private final List<InputError> errors;

    public InputException(InputError error) {
        this(List.of(error));
    }

    /** An exception for a non-empty list of errors, such as those a collecting read gathered. */
    public InputException(List<InputError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /** Throws an {@code InputException} holding {@code errors} if there are any. */
    public static void throwIfAny(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }

    /** The first error. */
    public InputError error() {
        return errors.get(0);
    }

    /** Every error, in the order found. */
    public List<InputError> errors() {
        return errors;
    }

    private static String message(List<InputError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one error");
        }
        String first = errors.get(0).message();
        int more = errors.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
    }
}
