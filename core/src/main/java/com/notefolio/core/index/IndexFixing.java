package com.notefolio.core.index;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One observed value of an index: the rate (an annual fraction, 0.0533 is 5.33%) published for
 * {@code date}. Rates may be negative (as EURIBOR was) and have at most 10 decimals.
 */
public record IndexFixing(String index, LocalDate date, BigDecimal rate) {

    public IndexFixing {
        if (index == null || index.isBlank()) {
            throw new IllegalArgumentException("index fixing: index = " + index + ": is required");
        }
        index = index.strip();
        if (date == null) {
            throw new IllegalArgumentException("index fixing " + index + ": date = null: is required");
        }
        rate = IndexData.checkRate("index fixing " + index + " " + date + ": rate", rate);
    }
}
