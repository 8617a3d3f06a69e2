package com.notefolio.core.note;

import java.util.Objects;

/** A borrower or lender as the note names it; the address may be absent. */
public record Party(String name, String address) {

    public Party {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        address = address == null || address.isBlank() ? null : address.strip();
    }

    public static Party named(String name) {
        return new Party(name, null);
    }
}
