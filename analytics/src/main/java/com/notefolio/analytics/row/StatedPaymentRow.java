package com.notefolio.analytics.row;

import java.io.Serializable;
import java.time.LocalDate;

/** One stated payment of a STATED note, an element of {@link NoteRow}'s payments array: due date and exact amount text. */
public class StatedPaymentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate dueDate;
    private String payment;

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }
    public static StatedPaymentRow of(LocalDate dueDate, String payment) {
        StatedPaymentRow r = new StatedPaymentRow();
        r.dueDate = dueDate;
        r.payment = payment;
        return r;
    }
}
