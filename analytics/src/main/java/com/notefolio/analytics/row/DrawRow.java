package com.notefolio.analytics.row;

import com.notefolio.core.io.Draws;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One dated amount of a structured note, an element of {@link NoteRow}'s draws array: {@code amount} (exact
 * decimal text) on {@code date}, of {@code kind} as the draws CSV's column writes it ({@code advance},
 * {@code forgiveness}: {@link Draws.Kind#code()}), as a row of that file ({@code note_id,date,amount,kind}).
 */
public class DrawRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String amount;
    private String kind;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
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

    public static DrawRow of(LocalDate date, String amount, Draws.Kind kind) {
        DrawRow r = new DrawRow();
        r.date = date;
        r.amount = amount;
        r.kind = kind.code();
        return r;
    }
}
