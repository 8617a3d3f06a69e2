package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.portfolio.Position;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad portfolio and schedule files give errors naming the file, the physical line, the column and the reason. */
class PortfolioCsvErrorsTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization\n";
    private static final String GOOD = "A-1,10000.00,0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n";
    private static final String STATED_NOTE = "S-1,1000.00,0.12,2024-01-01,2024-03-01,STATED\n";

    /** Reads the portfolio (and schedules) stopping at the first error, and returns that error's message. */
    private static String firstError(String notes, String schedules) {
        StatedSchedules stated = schedules == null ? StatedSchedules.NONE
                : StatedScheduleCsvReader.read("schedules.csv", new StringReader(schedules), null);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes), stated, null)) {
            reader.forEachRemaining(p -> { });
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error was reported");
    }

    private static String firstError(String notes) {
        return firstError(notes, null);
    }

    @Test
    void missingRequiredColumnIsNamedAtTheHeaderLine() {
        String notes = "note_id,principal,issue_date,maturity_date,amortization\nA-1,100.00,2020-01-01,2021-01-01,BULLET\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:1: column annual_rate: required column is missing");
    }

    @Test
    void misspeltColumnIsAnUnknownColumnNotSilentlyIgnored() {
        String notes = HEADER.strip() + ",colateral_value\n" + GOOD.strip() + ",5000.00\n";

        assertThat(firstError(notes))
                .startsWith("notes.csv:1: column colateral_value: unknown column; the known columns are note_id,");
    }

    @Test
    void emptyFileNeedsAHeader() {
        assertThat(firstError("\n\n")).isEqualTo(
                "notes.csv:2: the file is empty; a header row naming the columns is required");
    }

    @Test
    void textInANumberColumnIsNotANumber() {
        String notes = HEADER + GOOD + "A-2,10000.00,abc,2020-01-01,2021-01-01,INTEREST_ONLY\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:3: column annual_rate: value \"abc\": "
                + "not a number (write a fraction such as 0.12 or a percentage such as 12%)");
    }

    @Test
    void thousandsSeparatorInAnAmountIsRefused() {
        String notes = HEADER + "A-1,\"10,000.00\",0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column principal: value \"10,000.00\": "
                + "not a number (write a plain decimal such as 1500.00)");
    }

    @Test
    void impossibleDateIsNotAnIsoDate() {
        String notes = HEADER + "A-1,10000.00,0.06,2020-13-01,2021-01-01,INTEREST_ONLY\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column issue_date: value \"2020-13-01\": "
                + "not an ISO date (yyyy-mm-dd, such as 2003-08-13)");
    }

    @Test
    void unknownAmortizationListsTheKnownOnes() {
        String notes = HEADER + "A-1,10000.00,0.06,2020-01-01,2021-01-01,BALLOON\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column amortization: value \"BALLOON\": "
                + "not one of INTEREST_ONLY, LEVEL_PAYMENT, CONSTANT_PRINCIPAL, BULLET, STATED");
    }

    @Test
    void unknownDayCountIsNamed() {
        String notes = HEADER.strip() + ",day_count\n" + GOOD.strip() + ",ACT/364\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column day_count: value \"ACT/364\": is not a known day "
                + "count: one of " + com.notefolio.core.convention.DayCounts.CHOICES);
    }

    @Test
    void dayCountIsReadAsDocumentsWriteIt() {
        // The one day-count phrase parser (DayCounts.parse): a note's "365/360" is ACT/360, and "365/365", which
        // lenders write for both ACT/365F and ACT/ACT, is refused naming both readings.
        String notes = HEADER.strip() + ",day_count\n" + GOOD.strip() + ",365/360\n";
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes),
                StatedSchedules.NONE, null)) {
            assertThat(reader.next().terms().accrualBasis()).isSameAs(com.notefolio.core.convention.DayCounts.ACT_360);
        }
        assertThat(firstError(HEADER.strip() + ",day_count\n" + GOOD.strip() + ",365/365\n")).isEqualTo(
                "notes.csv:2: column day_count: value \"365/365\": is ambiguous: say ACT/365F (actual days ÷ 365, "
                        + "leap years too) or ACT/ACT (days in leap years ÷ 366, ISDA)");
    }

    @Test
    void unknownCurrencyIsNotAnIsoCode() {
        String notes = HEADER.strip() + ",currency\n" + GOOD.strip() + ",XYZ\n";

        assertThat(firstError(notes))
                .isEqualTo("notes.csv:2: column currency: value \"XYZ\": is not an ISO 4217 currency code");
    }

    @Test
    void negativePrincipalMustBePositive() {
        String notes = HEADER + "A-1,-100.00,0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column principal: value \"-100.00\": must be positive");
    }

    @Test
    void fractionsOfACentAreRefused() {
        String notes = HEADER + "A-1,100.005,0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column principal: value \"100.005\": "
                + "must be a whole number of minor units (2 decimals in USD)");
    }

    @Test
    void maturityBeforeIssueIsRefusedAtTheMaturityColumn() {
        String notes = HEADER + "A-1,10000.00,0.06,2020-01-01,2019-01-01,INTEREST_ONLY\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column maturity_date: value \"2019-01-01\": "
                + "must be after the issue date 2020-01-01");
    }

    @Test
    void blankRequiredFieldIsRequired() {
        String notes = HEADER + "A-1,,0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n";

        assertThat(firstError(notes)).isEqualTo("notes.csv:2: column principal: value \"\": is required");
    }

    @Test
    void physicalLinesCountBlankLinesAndLineBreaksInsideQuotes() {
        String notes = "\uFEFF" + HEADER.strip() + ",borrower_address\n"
                + "\n"
                + GOOD.strip() + ",\"1 Main Street\nSpringfield\"\n"
                + "\n"
                + "A-2,10000.00,0.06,2020-01-01,2021-01-01,BALLOON,x\n";

        assertThat(firstError(notes)).startsWith("notes.csv:6: column amortization: value \"BALLOON\": not one of");
    }

    @Test
    void statedNoteWithoutScheduleRowsIsReportedAtItsRow() {
        String schedules = "note_id,due_date,payment\nOTHER,2024-02-01,10.00\n";

        assertThat(firstError(HEADER + GOOD + STATED_NOTE, schedules)).isEqualTo(
                "notes.csv:3: column amortization: value \"STATED\": "
                        + "a STATED note needs its payments, but schedules.csv has no rows for note S-1");
    }

    @Test
    void scheduleThatDoesNotRetireThePrincipalIsReportedAtItsLastRow() {
        String schedules = "note_id,due_date,payment\n"
                + "S-1,2024-02-01,10.00\n"
                + "S-1,2024-03-01,500.00\n";

        assertThat(firstError(HEADER + STATED_NOTE, schedules)).isEqualTo(
                "schedules.csv:3: column payment: value \"510.00\": "
                        + "the stated payments do not retire the principal 1000.00 (note S-1)");
    }

    @Test
    void scheduleRowOutOfDateOrderIsReportedAtItsLine() {
        String schedules = "note_id,due_date,payment\n"
                + "S-1,2024-02-01,10.00\n"
                + "S-1,2024-01-15,10.00\n"
                + "S-1,2024-03-01,1010.00\n";

        assertThat(firstError(HEADER + STATED_NOTE, schedules)).isEqualTo(
                "schedules.csv:3: column due_date: value \"2024-01-15\": "
                        + "must be after the previous due date 2024-02-01 (note S-1)");
    }

    @Test
    void scheduleRowsForANoteThatIsNotStatedAreReported() {
        String schedules = "note_id,due_date,payment\nA-1,2020-06-01,100.00\n";

        assertThat(firstError(HEADER + GOOD, schedules)).isEqualTo("schedules.csv:2: column note_id: value \"A-1\": "
                + "note A-1 is INTEREST_ONLY in notes.csv line 2; only a STATED note has schedule rows");
    }

    @Test
    void scheduleRowsForANoteNotInThePortfolioAreReportedAtTheEnd() {
        String schedules = "note_id,due_date,payment\n"
                + "S-1,2024-02-01,10.00\n"
                + "GHOST,2024-02-01,10.00\n"
                + "S-1,2024-03-01,1010.00\n";

        assertThat(firstError(HEADER + STATED_NOTE, schedules)).isEqualTo("schedules.csv:3: column note_id: "
                + "value \"GHOST\": no note GHOST in notes.csv; schedule rows need a STATED note");
    }

    @Test
    void badScheduleAmountNamesTheSchedulesFile() {
        String schedules = "note_id,due_date,payment\nS-1,2024-02-01,ten\n";

        assertThatThrownBy(() -> StatedScheduleCsvReader.read("schedules.csv", new StringReader(schedules), null))
                .isInstanceOf(InputException.class)
                .hasMessage("schedules.csv:2: column payment: value \"ten\": "
                        + "not a number (write a plain decimal such as 1500.00)");
    }

    @Test
    void unclosedQuoteIsMalformedCsvAtItsLine() {
        String notes = HEADER + GOOD + "A-2,\"10000.00,0.06,2020-01-01,2021-01-01,BULLET\n";

        assertThat(firstError(notes)).startsWith("notes.csv:3: malformed CSV:");
    }

    @Test
    void columnsMatchInAnyOrderAndCase() {
        String notes = " Amortization ,MATURITY_DATE,Issue_Date,annual_rate,principal,Note_ID\n"
                + "BULLET,2021-01-01,2020-01-01,12%,100.00,B-1\n";
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes),
                StatedSchedules.NONE, null)) {
            Position p = reader.next();
            assertThat(p.terms().id()).isEqualTo("B-1");
            assertThat(p.terms().annualRate()).isEqualByComparingTo("0.12");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void collectingModeReportsEveryBadRowAndKeepsTheGoodOnes() {
        String notes = HEADER
                + GOOD
                + "A-2,abc,0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n"
                + "A-3,10000.00,0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n"
                + "A-4,10000.00,0.06,2020-01-01,2019-01-01,INTEREST_ONLY\n"
                + "\n"
                + "A-5,10000.00,0.06,2020-01-01,2021-01-01,LOAN\n";
        List<InputError> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes),
                StatedSchedules.NONE, errors::add)) {
            reader.forEachRemaining(p -> ids.add(p.terms().id()));
        }

        assertThat(ids).containsExactly("A-1", "A-3");
        assertThat(errors).extracting(InputError::line, InputError::column, InputError::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "principal", "abc"),
                        org.assertj.core.groups.Tuple.tuple(5L, "maturity_date", "2019-01-01"),
                        org.assertj.core.groups.Tuple.tuple(7L, "amortization", "LOAN"));
        assertThatThrownBy(() -> InputException.throwIfAny(errors))
                .hasMessageStartingWith("notes.csv:3: column principal: value \"abc\"")
                .hasMessageEndingWith("(and 2 more errors)");
    }

    @Test
    void collectingModeReportsEveryHeaderProblemAndNoRows() {
        String notes = "note_id,principal,anual_rate,issue_date,maturity_date,amortization\n" + GOOD;
        List<InputError> errors = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes),
                StatedSchedules.NONE, errors::add)) {
            assertThat(reader.hasNext()).isFalse();
        }

        assertThat(errors).extracting(InputError::column).containsExactly("anual_rate", "annual_rate");
    }

    @Test
    void collectingModeReportsScheduleProblemsToo() {
        String schedules = "note_id,due_date,payment\n"
                + "S-1,2024-02-01,10.00\n"
                + "S-1,someday,10.00\n"
                + "GHOST,2024-02-01,10.00\n";
        List<InputError> errors = new ArrayList<>();
        StatedSchedules stated = StatedScheduleCsvReader.read("schedules.csv", new StringReader(schedules), errors::add);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(HEADER + STATED_NOTE),
                stated, errors::add)) {
            reader.forEachRemaining(p -> { });
        }

        assertThat(errors).extracting(InputError::message).containsExactly(
                "schedules.csv:3: column due_date: value \"someday\": not an ISO date (yyyy-mm-dd, such as 2003-08-13)",
                "notes.csv:2: column maturity_date: value \"2024-03-01\": must be the last stated due date 2024-02-01",
                "schedules.csv:4: column note_id: value \"GHOST\": no note GHOST in notes.csv; "
                        + "schedule rows need a STATED note");
    }

    @Test
    void filesAreNamedByTheirFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-notes.csv");
        Files.writeString(file, HEADER + "A-1,10000.00,0.06,2020-01-01,2021-01-01,\n");

        assertThatThrownBy(() -> {
            try (PortfolioCsvReader reader = PortfolioCsvReader.open(file)) {
                reader.forEachRemaining(p -> { });
            }
        }).isInstanceOf(InputException.class)
                .hasMessage("my-notes.csv:2: column amortization: value \"\": is required")
                .satisfies(e -> {
                    InputError error = ((InputException) e).error();
                    assertThat(error.source()).isEqualTo("my-notes.csv");
                    assertThat(error.line()).isEqualTo(2);
                    assertThat(error.column()).isEqualTo("amortization");
                    assertThat(error.reason()).isEqualTo("is required");
                });
    }
}
