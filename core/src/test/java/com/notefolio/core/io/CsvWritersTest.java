package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow and measures CSV writers produce exact text, neutralise formulas and leave nothing half-written. */
class CsvWritersTest {

    private static Schedule schedule2003() {
        return ScheduleResolver.resolve(Note2003.complete());
    }

    private static String flows(Schedule... schedules) {
        StringWriter out = new StringWriter();
        FlowCsvWriter writer = FlowCsvWriter.to(out);
        for (Schedule s : schedules) {
            writer.write(s);
        }
        writer.commit();
        return out.toString();
    }

    private static Schedule interestOnly(String id, String currency, String principal) {
        return ScheduleResolver.resolve(NoteTerms.builder(id).borrower("B").currency(currency).principal(principal)
                .annualRate("0.12").issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 3, 1))
                .amortization(Amortization.INTEREST_ONLY).build());
    }

    @Test
    void note2003FlowsAreWrittenExactly() {
        List<String> lines = flows(schedule2003()).lines().toList();

        assertThat(lines).hasSize(30);
        assertThat(lines.get(0)).isEqualTo("note_id,period,accrual_start,accrual_end,due_date,days,"
                + "opening_balance,interest,principal,payment,closing_balance,rate,rate_source,kind,deferred_interest,fee");
        assertThat(lines.get(1))
                .isEqualTo("INFINITE-2003,1,2003-08-13,2003-09-12,2003-09-12,30,150000.00,1500.00,0.00,1500.00,150000.00,0.12,,SCHEDULED,0.00,0.00");
        assertThat(lines.get(2))
                .isEqualTo("INFINITE-2003,2,2003-09-12,2003-10-12,2003-10-12,30,150000.00,1500.00,0.00,1500.00,150000.00,0.12,,SCHEDULED,0.00,0.00");
        assertThat(lines.get(5))
                .isEqualTo("INFINITE-2003,5,2003-12-12,2004-01-12,2004-01-12,31,150000.00,1500.00,0.00,1500.00,150000.00,0.12,,SCHEDULED,0.00,0.00");
        assertThat(lines.get(6))
                .isEqualTo("INFINITE-2003,6,2004-01-12,2004-02-12,2004-02-12,31,150000.00,1500.00,0.00,1500.00,150000.00,0.12,,SCHEDULED,0.00,0.00");
        assertThat(lines.get(7))
                .isEqualTo("INFINITE-2003,7,2004-02-12,2004-03-12,2004-03-12,29,150000.00,1500.00,0.00,1500.00,150000.00,0.12,,SCHEDULED,0.00,0.00");
        assertThat(lines.get(29)).isEqualTo(
                "INFINITE-2003,29,2005-12-12,2006-01-12,2006-01-12,31,150000.00,1500.00,150000.00,151500.00,0.00,0.12,,SCHEDULED,0.00,0.00");
    }

    @Test
    void currenciesWithoutAndWithThreeMinorDigitsKeepTheirScale() {
        List<String> lines = flows(interestOnly("JPY-1", "JPY", "1000000"), interestOnly("BHD-1", "BHD", "1000.500"))
                .lines().toList();

        assertThat(lines.subList(1, 5)).containsExactly(
                "JPY-1,1,2024-01-01,2024-02-01,2024-02-01,31,1000000,10000,0,10000,1000000,0.12,,SCHEDULED,0,0",
                "JPY-1,2,2024-02-01,2024-03-01,2024-03-01,29,1000000,10000,1000000,1010000,0,0.12,,SCHEDULED,0,0",
                "BHD-1,1,2024-01-01,2024-02-01,2024-02-01,31,1000.500,10.005,0.000,10.005,1000.500,0.12,,SCHEDULED,0.000,0.000",
                "BHD-1,2,2024-02-01,2024-03-01,2024-03-01,29,1000.500,10.005,1000.500,1010.505,0.000,0.12,,SCHEDULED,0.000,0.000");
    }

    @Test
    void noteIdThatLooksLikeAFormulaIsNeutralisedAndQuotedWhenNeeded() {
        List<String> lines = flows(interestOnly("=1+2", "USD", "100.00"), interestOnly("-7,x", "USD", "100.00"))
                .lines().toList();

        assertThat(lines.get(1)).startsWith("'=1+2,1,");
        assertThat(lines.get(3)).startsWith("\"'-7,x\",1,");
    }

    @Test
    void measuresAreWrittenWithTheirStatedRounding() {
        StringWriter out = new StringWriter();
        MeasuresCsvWriter writer = MeasuresCsvWriter.to(out);
        writer.write(new NoteMeasures("INFINITE-2003", LocalDate.of(2004, 1, 31), Monetary.getCurrency("USD"),
                150_000_00, 950_00, 148_000_50, 151234.5678, 0.1268250301234, 0.12, 1.5,
                Double.NaN, 1.23456789012345, 3.0, -12.3456));
        writer.write(new NoteMeasures("@risk", LocalDate.of(2004, 1, 31), Monetary.getCurrency("JPY"),
                0, 0, 0, 0.125, Double.NaN, Double.NaN, 0, 0, 0, 0, -0.0001));
        // A floating note's rate measures: a margin of 2.0726811847 %, an effective duration of 0.4987... years.
        writer.write(new NoteMeasures("FRN", LocalDate.of(2024, 1, 15), Monetary.getCurrency("USD"),
                100_000_00, 0, 100_000_00, 100_123.456, 0.06, 0.059, 2, 1.9, 1.8, 4.2, 1.234)
                .withRateMeasures(0.020726811847083176, 0.49876543210987));
        writer.commit();

        assertThat(out.toString().lines().toList()).containsExactly(
                "note_id,as_of,outstanding_principal,accrued_interest,price,npv,yield,yield_nominal,wal_years,"
                        + "macaulay_duration,modified_duration,convexity,dv01,warnings,discount_margin,effective_duration,"
                        + "apr,amount_financed,finance_charge,total_of_payments,yield_with_fees",
                // Fixed notes: no rate measures, two empty fields after the warnings; measures without their
                // schedule have no Truth in Lending box nor yield with fees: five empty fields more.
                "INFINITE-2003,2004-01-31,150000.00,950.00,148000.50,151234.57,0.1268250301,0.12,1.5,,1.2345678901,3,-12.35,,,,,,,,",
                "'@risk,2004-01-31,0,0,0,0.12,,,0,0,0,0,0.00,,,,,,,,",
                "FRN,2024-01-15,100000.00,0.00,100000.00,100123.46,0.06,0.059,2,1.9,1.8,4.2,1.23,,0.0207268118,0.4987654321,,,,,");
    }

    @Test
    void numbersAreFormattedByHandExactly() {
        CsvLineBuilder line = new CsvLineBuilder();
        line.minor(-5, 2).minor(0, 2).minor(123, 0).minor(-1_234_567, 3).minor(Long.MAX_VALUE, 2)
                .fixed(-0.125, 2, false).fixed(2.5e-11, 10, true).fixed(-1e-9, 10, true).fixed(1e12, 10, true)
                .integer(-42).decimal(new BigDecimal("0.125"), 2);
        StringWriter out = new StringWriter();
        try {
            line.writeTo(out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        assertThat(out.toString()).isEqualTo(
                "-0.05,0.00,123,-1234.567,92233720368547758.07,-0.12,0,-0.000000001,1000000000000,-42,0.125\n");
    }

    @Test
    void textFieldsAreEscapedAndNeutralised() {
        assertThat(CsvLineBuilder.textField("plain")).isEqualTo("plain");
        assertThat(CsvLineBuilder.textField("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvLineBuilder.textField("+1")).isEqualTo("'+1");
        assertThat(CsvLineBuilder.textField("\tx")).isEqualTo("'\tx");
        assertThat(CsvLineBuilder.textField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvLineBuilder.textField("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvLineBuilder.textField("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void failedWriteLeavesNoFileBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("flows.csv");
        Iterable<Schedule> failing = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Schedule next() {
                if (n++ == 1) {
                    throw new IllegalStateException("pricing failed");
                }
                return schedule2003();
            }
        };

        assertThatThrownBy(() -> FlowCsvWriter.write(file, failing)).hasMessage("pricing failed");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void failedWriteKeepsThePreviousFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("measures.csv");
        Files.writeString(file, "previous\n");

        try (MeasuresCsvWriter writer = MeasuresCsvWriter.create(file)) {
            writer.write(new NoteMeasures("A", LocalDate.of(2024, 1, 1), Monetary.getCurrency("USD"), 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
            // not committed: as if an exception had left the block
        }

        assertThat(Files.readString(file)).isEqualTo("previous\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void committedWriteReplacesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("flows.csv");
        Files.writeString(file, "previous\n");

        FlowCsvWriter.write(file, List.of(schedule2003()));

        assertThat(Files.readString(file)).isEqualTo(flows(schedule2003()));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
