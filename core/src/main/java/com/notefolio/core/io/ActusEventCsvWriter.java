package com.notefolio.core.io;

import com.notefolio.core.convention.EpochDay;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writer of ACTUS events as CSV, one line an event: {@value #HEADER}. Amounts are written exactly, at
 * least at the currency's two decimals; the rate as the exact decimal the period accrued at. The contract
 * id is whatever the ACTUS file held, so it is neutralised against spreadsheet formula injection. The file
 * appears only on {@link #commit()}.
 */
public final class ActusEventCsvWriter extends CsvTableWriter {

    public static final String HEADER =
            "contract_id,event_date,event_type,payoff,notional_principal,nominal_interest_rate,accrued_interest";

    private ActusEventCsvWriter(CsvTarget target) {
        super(target);
    }

    /** A writer of {@code file}, which appears on {@link #commit()}. */
    public static ActusEventCsvWriter create(Path file) {
        return new ActusEventCsvWriter(CsvTarget.file(file, HEADER));
    }

    /** One event line. */
    public ActusEventCsvWriter write(String contractId, LocalDate date, String eventType, BigDecimal payoff,
                                     BigDecimal notionalPrincipal, BigDecimal nominalInterestRate,
                                     BigDecimal accruedInterest) {
        Objects.requireNonNull(date, "date");
        line.text(contractId).date(EpochDay.of(date)).text(eventType).decimal(payoff, 2).decimal(notionalPrincipal, 2)
                .decimal(nominalInterestRate, 0).decimal(accruedInterest, 2);
        target.write(line);
        return this;
    }
}
