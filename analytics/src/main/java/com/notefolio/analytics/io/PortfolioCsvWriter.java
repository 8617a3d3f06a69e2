package com.notefolio.analytics.io;

import static com.notefolio.core.io.PortfolioCsvReader.*;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.analytics.row.RateStepRow;
import com.notefolio.analytics.row.StatedPaymentRow;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes note rows one at a time in the core's portfolio CSV format (docs/portfolio-format.md), every
 * column the core reads, with the STATED notes' payments in a stated-schedules CSV and the stepped notes'
 * rate changes in a rate-steps CSV: the three files the import takes back, read by the core's
 * {@code PortfolioCsvReader} into the same notes. The plain-Java counterpart of
 * {@link PortfolioCsvDatasetWriter} for a list that is not a Spark Dataset (a filtered list from the
 * database), so rows stream from the caller and memory does not grow with them.
 *
 * <p>Values are written exactly as the rows hold them (RFC 4180 quoting, ISO dates, blank for absent) and
 * not neutralised against spreadsheet formulas: a leading quote would change the data the import reads
 * back. Open the workbook export in a spreadsheet instead.
 */
public final class PortfolioCsvWriter implements Closeable {

    /** Each column the core's reader knows, in its documented order, and the row's value of it. */
    private static final Map<String, Function<NoteRow, Object>> COLUMNS = columns();

    private final CSVPrinter notes;
    private final CSVPrinter schedules;
    private final CSVPrinter rateSteps;

    private PortfolioCsvWriter(CSVPrinter notes, CSVPrinter schedules, CSVPrinter rateSteps) {
        this.notes = notes;
        this.schedules = schedules;
        this.rateSteps = rateSteps;
    }

    /** A writer of the three files, each headed now; closing the writer closes the three writers. */
    public static PortfolioCsvWriter open(Writer notes, Writer schedules, Writer rateSteps) {
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
            CSVPrinter n = new CSVPrinter(notes, format);
            n.printRecord(COLUMNS.keySet());
            CSVPrinter s = new CSVPrinter(schedules, format);
            s.printRecord(StatedScheduleCsvReader.COLUMNS);
            CSVPrinter r = new CSVPrinter(rateSteps, format);
            r.printRecord(RateStepCsvReader.COLUMNS);
            return new PortfolioCsvWriter(n, s, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of the notes file, in order. */
    public static List<String> noteColumns() {
        return List.copyOf(COLUMNS.keySet());
    }

    /** One note, its stated payments and its rate steps. */
    public void write(NoteRow row) {
        try {
            List<Object> values = new ArrayList<>(COLUMNS.size());
            for (Function<NoteRow, Object> value : COLUMNS.values()) {
                values.add(value.apply(row));
            }
            notes.printRecord(values);
            if (row.getStatedPayments() != null) {
                for (StatedPaymentRow p : row.getStatedPayments()) {
                    schedules.printRecord(row.getNoteId(), p.getDueDate(), p.getPayment());
                }
            }
            if (row.getRateSteps() != null) {
                for (RateStepRow step : row.getRateSteps()) {
                    rateSteps.printRecord(row.getNoteId(), step.getFrom(), step.getRate());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (CSVPrinter n = notes; CSVPrinter s = schedules; CSVPrinter r = rateSteps) {
            n.flush();
            s.flush();
            r.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Function<NoteRow, Object>> columns() {
        Map<String, Function<NoteRow, Object>> c = new LinkedHashMap<>();
        c.put(NOTE_ID, NoteRow::getNoteId);
        c.put(PRINCIPAL, NoteRow::getPrincipal);
        c.put(ANNUAL_RATE, NoteRow::getAnnualRate);
        c.put(ISSUE_DATE, NoteRow::getIssueDate);
        c.put(MATURITY_DATE, NoteRow::getMaturityDate);
        c.put(AMORTIZATION, NoteRow::getAmortization);
        c.put(CURRENCY, NoteRow::getCurrency);
        c.put(FIRST_PAYMENT_DATE, NoteRow::getFirstPaymentDate);
        c.put(FREQUENCY, NoteRow::getFrequency);
        c.put(DAY_COUNT, NoteRow::getDayCount);
        c.put(PAYMENT, NoteRow::getPayment);
        c.put(AMORTIZATION_MONTHS, NoteRow::getAmortizationMonths);
        c.put(PAYMENT_ROUNDING, NoteRow::getPaymentRounding);
        c.put(INTEREST_ROUNDING, NoteRow::getInterestRounding);
        c.put(BORROWER, NoteRow::getBorrower);
        c.put(BORROWER_ADDRESS, NoteRow::getBorrowerAddress);
        c.put(LENDER, NoteRow::getLender);
        c.put(LENDER_ADDRESS, NoteRow::getLenderAddress);
        c.put(SECTOR, NoteRow::getSector);
        c.put(REGION, NoteRow::getRegion);
        c.put(RATING, NoteRow::getRating);
        c.put(SECURED, NoteRow::getSecured);
        c.put(COLLATERAL, NoteRow::getCollateral);
        c.put(COLLATERAL_VALUE, NoteRow::getCollateralValue);
        c.put(PRICE, NoteRow::getPrice);
        c.put(PREPAYMENT_ALLOWED, NoteRow::getPrepaymentAllowed);
        c.put(PREPAYMENT_PENALTY, NoteRow::getPrepaymentPenalty);
        c.put(LOCKOUT_UNTIL, NoteRow::getLockoutUntil);
        c.put(CURE_DAYS, NoteRow::getCureDays);
        c.put(DEFAULT_RATE, NoteRow::getDefaultRate);
        c.put(ACCELERATES, NoteRow::getAccelerates);
        c.put(COLLECTION_COSTS_PAYABLE, NoteRow::getCollectionCostsPayable);
        c.put(GOVERNING_LAW, NoteRow::getGoverningLaw);
        c.put(ODD_DAYS, NoteRow::getOddDays);
        c.put(RATE_KIND, NoteRow::getRateKind);
        c.put(INDEX, NoteRow::getIndex);
        c.put(SPREAD, NoteRow::getSpread);
        c.put(MULTIPLIER, NoteRow::getMultiplier);
        c.put(RESET_FREQUENCY, NoteRow::getResetFrequency);
        c.put(FIRST_RESET_DATE, NoteRow::getFirstResetDate);
        c.put(LOOKBACK_DAYS, NoteRow::getLookbackDays);
        c.put(PERIODIC_CAP, NoteRow::getPeriodicCap);
        c.put(PERIODIC_FLOOR, NoteRow::getPeriodicFloor);
        c.put(LIFETIME_CAP, NoteRow::getLifetimeCap);
        c.put(LIFETIME_FLOOR, NoteRow::getLifetimeFloor);
        c.put(RATE_ROUNDING, NoteRow::getRateRounding);
        c.put(RATE_ROUNDING_MODE, NoteRow::getRateRoundingMode);
        c.put(CONVERSION_DATE, NoteRow::getConversionDate);
        c.put(CONVERTED_RATE, NoteRow::getConvertedRate);
        c.put(MAX_LAWFUL_RATE, NoteRow::getMaxLawfulRate);
        c.put(PAYMENT_ON_RESET, NoteRow::getPaymentOnReset);
        c.put(NEGATIVE_AMORTIZATION_CAP, NoteRow::getNegativeAmortizationCap);
        c.put(LOOKBACK_CALENDAR, NoteRow::getLookbackCalendar);
        c.put(NEGATIVE_RATES, NoteRow::getNegativeRates);
        c.put(RESET_TIMING, NoteRow::getResetTiming);
        c.put(CALENDAR, NoteRow::getCalendar);
        c.put(BUSINESS_DAY_CONVENTION, NoteRow::getBusinessDayConvention);
        c.put(ACCRUAL_DATES, NoteRow::getAccrualDates);
        c.put(PAYMENT_DAY, NoteRow::getPaymentDay);
        return c;
    }
}
