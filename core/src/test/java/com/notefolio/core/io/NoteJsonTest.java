package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentTerms;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One note's complete terms as JSON: written, read back equal, and refused with the field path when wrong. */
class NoteJsonTest {

    @Test
    void note2003RoundTripsToEqualTerms() {
        NoteTerms note = Note2003.complete();

        NoteTerms read = NoteJson.fromJson(NoteJson.toJson(note));

        assertThat(read).isEqualTo(note);
        assertThat(read.defaults().events()).hasSize(4);
        assertThat(read.borrower().address()).isEqualTo("595 Blossom Road, Suite 309, Rochester, NY 14610");
    }

    @Test
    void noteWithEveryOptionalTermRoundTrips() {
        NoteTerms note = NoteTerms.builder("FULL-1")
                .borrower("Harbor Dental LLC").lender("Fund I").sector("Healthcare").region("US-ME").rating("BB")
                .currency("BHD").principal("120000.125").annualRate("0.0725")
                .issueDate(LocalDate.of(2020, 1, 31)).firstPaymentDate(LocalDate.of(2020, 4, 30))
                .maturityDate(LocalDate.of(2030, 1, 31)).frequency(Frequency.QUARTERLY)
                .amortization(Amortization.LEVEL_PAYMENT).statedPayment(new BigDecimal("3100.500"))
                .amortizationMonths(240).accrualBasis(DayCounts.ACT_ACT_ISDA)
                .paymentRounding(RoundingRule.DOWN).interestRounding(RoundingRule.HALF_EVEN)
                .prepayment(new PrepaymentTerms(true, new BigDecimal("0.020"), LocalDate.of(2022, 1, 31)))
                .defaults(new DefaultTerms(15, new BigDecimal("0.18"), false, true, List.of("Non-payment")))
                .security(true, "Equipment", new BigDecimal("90000.000"))
                .governingLaw("Maine")
                .build();

        assertThat(NoteJson.fromJson(NoteJson.toJson(note))).isEqualTo(note);
    }

    @Test
    void monetaMoneyEqualityIgnoresTrailingZeros() {
        // Money keeps the number without trailing zeros, so 1500.00 and 1500 are one amount: round trips
        // through text at the currency's scale compare equal.
        assertThat(Money.of(new BigDecimal("1500.00"), "USD")).isEqualTo(Money.of(new BigDecimal("1500"), "USD"));
        assertThat(NoteTerms.decimal(Money.of(new BigDecimal("1500.00"), "USD")).scale()).isNegative();
    }

    @Test
    void amountsAndRatesAreWrittenAsExactDecimalStrings() {
        String json = NoteJson.toJson(Note2003.complete());

        assertThat(json).contains("\"principal\" : \"150000.00\"", "\"annual_rate\" : \"0.12\"",
                "\"payment\" : \"151500.00\"", "\"due_date\" : \"2006-01-12\"", "\"cure_days\" : 10",
                "\"governing_law\" : \"New York\"");
    }

    @Test
    void exampleFileHoldsTheWholeNote() {
        assertThat(NoteJson.read(Note2003.NOTE_JSON)).isEqualTo(Note2003.complete());
    }

    @Test
    void exampleFileIsWhatTheWriterWrites() throws Exception {
        assertThat(Files.readString(Note2003.NOTE_JSON)).isEqualTo(NoteJson.toJson(Note2003.complete()));
    }

    @Test
    void numbersAreAcceptedAndReadExactly() {
        String json = NoteJson.toJson(Note2003.complete())
                .replace("\"principal\" : \"150000.00\"", "\"principal\" : 150000.10")
                .replace("\"annual_rate\" : \"0.12\"", "\"annual_rate\" : 0.1")
                .replace("\"151500.00\"", "151500.10");

        NoteTerms t = NoteJson.fromJson(json);

        assertThat(NoteTerms.decimal(t.principal())).isEqualByComparingTo("150000.10");
        assertThat(t.annualRate()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void accrualBasisIsReadAsDocumentsWriteIt() {
        // The one day-count phrase parser (DayCounts.parse), as for the CSV's day_count column.
        String json = NoteJson.toJson(Note2003.complete());
        assertThat(NoteJson.fromJson(json.replace("\"accrual_basis\" : \"PERIODIC\"", "\"accrual_basis\" : \"Actual/360\""))
                .accrualBasis()).isSameAs(com.notefolio.core.convention.DayCounts.ACT_360);
        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("\"accrual_basis\" : \"PERIODIC\"",
                "\"accrual_basis\" : \"365/365\""))).hasMessage("note.json: field accrual_basis: value \"365/365\": "
                        + "is ambiguous: say ACT/365F (actual days ÷ 365, leap years too) or ACT/ACT (days in leap years "
                        + "÷ 366, ISDA)");
    }

    @Test
    void unknownFieldIsAnErrorNamingItsPath() {
        String json = NoteJson.toJson(Note2003.complete()).replace("\"cure_days\"", "\"cure_dayz\"");

        assertThatThrownBy(() -> NoteJson.fromJson(json)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("note.json: field default.cure_dayz: unknown field; the known fields here are");
    }

    @Test
    void termsRefusalNamesTheNestedFieldPath() {
        String json = NoteJson.toJson(Note2003.complete()).replace("\"cure_days\" : 10", "\"cure_days\" : -1");

        assertThatThrownBy(() -> NoteJson.fromJson(json))
                .hasMessage("note.json: field default.cure_days: value \"-1\": must be between 0 and 3650 days");
    }

    @Test
    void badStatedPaymentNamesItsArrayIndex() {
        String json = NoteJson.toJson(Note2003.complete())
                .replaceFirst("\"payment\" : \"1500.00\"", "\"payment\" : \"15OO.00\"");

        assertThatThrownBy(() -> NoteJson.fromJson(json)).hasMessage("note.json: field stated_schedule[0].payment: "
                + "value \"15OO.00\": not a number (write a plain decimal such as \"1500.00\")");
    }

    @Test
    void wrongTypeAndMissingFieldsAreNamed() {
        String base = NoteJson.toJson(Note2003.complete());

        assertThatThrownBy(() -> NoteJson.fromJson(base.replace("\"accelerates\" : true", "\"accelerates\" : \"yes\"")))
                .hasMessage("note.json: field default.accelerates: value \"yes\": must be true or false");
        assertThatThrownBy(() -> NoteJson.fromJson(base.replace("\"issue_date\" : \"2003-08-13\",", "")))
                .hasMessage("note.json: field issue_date: is required");
        assertThatThrownBy(() -> NoteJson.fromJson(base.replace("\"2003-08-13\"", "\"13/08/2003\"")))
                .hasMessage("note.json: field issue_date: value \"13/08/2003\": "
                        + "not an ISO date (yyyy-mm-dd, such as 2003-08-13)");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> NoteJson.fromJson("{\n  \"id\" : \"X\",\n  oops\n}"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("note.json:3: malformed JSON:");
    }

    @Test
    void writingToAFileReplacesItWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("note.json");
        Files.writeString(file, "old");

        NoteJson.write(Note2003.complete(), file);

        assertThat(NoteJson.read(file)).isEqualTo(Note2003.complete());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
