package com.notefolio.web.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the notes browser: {@code id} is the database row, {@code noteId} the note's own id. */
public record NoteListing(long id, int line, String noteId, String borrower, String sector, String region,
                          String rating, String amortization, String currency, BigDecimal principal,
                          BigDecimal annualRate, LocalDate issueDate, LocalDate maturityDate) {
}
