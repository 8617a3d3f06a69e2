package com.notefolio.analytics.row;

import com.notefolio.core.note.InstallmentStep;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One stepped installment of a note, an element of {@link NoteRow}'s installments array: from {@code from},
 * {@code amount} (exact decimal text) of {@code kind} as the installments CSV's column writes it
 * ({@code principal}, {@code payment}), as a row of that file ({@code note_id,from,amount,kind}).
 */
public class InstallmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private String amount;
    private String kind;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public static InstallmentRow of(LocalDate from, String amount, InstallmentStep.Kind kind) {
        InstallmentRow r = new InstallmentRow();
        r.from = from;
        r.amount = amount;
        r.kind = kind.name().toLowerCase(Locale.ROOT);
        return r;
    }
}
