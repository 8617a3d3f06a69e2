package com.notefolio.reports.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.io.IndexCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.LibreOffice;
import com.notefolio.reports.export.WorkbookExports;
import com.notefolio.reports.workbook.ExportAssumptions;
import java.io.FileOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note projection of floating notes: the Terms sheet states the rate terms, the Schedule has each
 * row's rate, the Index sheet the resets with the fixings they read, the Summary the rate measures, and
 * the live formulas (accrued interest above all) read each period's own rate, in Gnumeric and LibreOffice.
 */
class FloatingNoteProjectionTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    /**
     * $100,000 interest-only for a year, monthly, PERIODIC: TEST + 2%, reset quarterly from 2024-04-01 on the
     * reset day (no lookback), 6% until then, at most +0.5 point at one reset, never below 5.5% nor above 7.5%.
     */
    static NoteTerms cappedAndFloored() {
        RateTerms.Floating rate = RateTerms.Floating.builder("TEST").spread("0.02")
                .resets(Frequency.QUARTERLY, LocalDate.of(2024, 4, 1)).initialRate("0.06")
                .periodicCapFloor("0.005", null).lifetimeCapFloor("0.075", "0.055").build();
        return NoteTerms.builder("FLOAT-CAP-FLOOR").borrower("Test Borrower LLC").lender("Test Bank")
                .currency("USD").principal("100000.00").rate(rate)
                .issueDate(LocalDate.of(2024, 1, 1)).firstPaymentDate(LocalDate.of(2024, 2, 1))
                .maturityDate(LocalDate.of(2025, 1, 1)).frequency(Frequency.MONTHLY)
                .amortization(Amortization.INTEREST_ONLY).accrualBasis(DayCounts.PERIODIC).build();
    }

    static IndexData testFixings() {
        return IndexData.of(List.of(
                new IndexFixing("TEST", LocalDate.of(2024, 1, 1), new BigDecimal("0.04")),
                new IndexFixing("TEST", LocalDate.of(2024, 4, 1), new BigDecimal("0.05")),
                new IndexFixing("TEST", LocalDate.of(2024, 7, 1), new BigDecimal("0.03")),
                new IndexFixing("TEST", LocalDate.of(2024, 10, 1), new BigDecimal("0.07"))));
    }

    /**
     * Worked by hand: 2024-04-01 reads 5% + 2% = 7%, held to 6% + 0.5 = 6.5% by the periodic cap;
     * 2024-07-01 reads 3% + 2% = 5%, raised to the 5.5% lifetime floor (no periodic floor); 2024-10-01
     * reads 7% + 2% = 9%, held to 5.5% + 0.5 = 6% by the periodic cap (the 7.5% lifetime cap is not
     * reached). Interest is $100,000 × rate ÷ 12 a month, to the cent, halves up: 6% → 500.00,
     * 6.5% → 541.67 (541.666…), 5.5% → 458.33 (458.333…).
     */
    static final double[] RATES = {0.06, 0.06, 0.06, 0.065, 0.065, 0.065, 0.055, 0.055, 0.055, 0.06, 0.06, 0.06};
    static final double[] INTEREST = {500.00, 500.00, 500.00, 541.67, 541.67, 541.67, 458.33, 458.33, 458.33,
        500.00, 500.00, 500.00};

    @Test
    void aCappedAndFlooredFloatingNoteStatesItsRatesAndAccruesAtEachPeriodsRate() throws Exception {
        Position position = Position.atPar(cappedAndFloored());
        LocalDate asOf = LocalDate.of(2024, 5, 16);
        FlatRate curve = FlatRate.of(0.07);
        ExportAssumptions recorded = ExportAssumptions.of(asOf, curve).withIndexData(testFixings());
        Path file = dir.resolve("floating.xlsx");
        WorkbookExports.noteProjection(position, recorded, curve, file);
        PositionResult engine = PositionPricer.price(position, asOf, curve, testFixings(), List.of());

        // Period 5 (2024-05-01 to 2024-06-01, 31 days) accrues at 6.5%: 15 of its days by 2024-05-16,
        // 100,000 × 6.5% ÷ 12 × 15/31 = 262.0967… → 262.10 (at the 6% it started with it would be 241.94).
        assertThat(engine.measures().accruedInterestMinor()).isEqualTo(26_210);

        // A second copy with AsOf moved into period 8 (2024-08-01 to 2024-09-01, 5.5%): 2024-08-16 gives
        // 100,000 × 5.5% ÷ 12 × 15/31 = 221.774… → 221.77.
        Path moved = dir.resolve("floating-moved.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            NoteProjectionAssumptionsTest.cell(wb, "AsOf").setCellValue(LocalDate.of(2024, 8, 16));
            try (FileOutputStream out = new FileOutputStream(moved.toFile())) {
                wb.write(out);
            }
        }
        List<Path> libre = LibreOffice.recalculate(List.of(file, moved), dir.resolve("libreoffice"));
        List<XSSFWorkbook> books = new ArrayList<>();
        try {
            books.add(new XSSFWorkbook(Files.newInputStream(file)));
            books.add(Gnumeric.recalculate(file));
            books.add(new XSSFWorkbook(libre.get(0).toFile()));
            for (XSSFWorkbook wb : books) {
                assertSchedule(wb.getSheet("Schedule"));
                Sheet summary = wb.getSheet("Summary");
                assertThat(cents(value(summary, NoteProjectionWorkbook.TOTAL_INTEREST_ROW, 1))).isEqualTo(600_000);
                assertThat(cents(value(summary, NoteProjectionWorkbook.TOTAL_PAYMENTS_ROW, 1))).isEqualTo(10_600_000);
                for (int row : new int[] {NoteProjectionWorkbook.NPV_ROW, NoteProjectionWorkbook.DV01_ROW,
                    NoteProjectionWorkbook.ACCRUED_ROW, NoteProjectionWorkbook.OUTSTANDING_ROW}) {
                    assertThat(cents(value(summary, row, 1))).as("Summary row %d", row)
                            .isEqualTo(cents(value(summary, row, 2)));
                }
                assertThat(cents(NoteProjectionAssumptionsTest.cell(wb, "AccruedInterest").getNumericCellValue()))
                        .isEqualTo(26_210);
                assertThat(NoteProjectionAssumptionsTest.cell(wb, "AccrualRate").getNumericCellValue()).isEqualTo(0.065);
                assertThat(NoteProjectionAssumptionsTest.cell(wb, "AccruedInterest").getCellFormula())
                        .contains("AccrualRate");
            }
            for (XSSFWorkbook wb : List.of(Gnumeric.recalculate(moved), new XSSFWorkbook(libre.get(1).toFile()))) {
                books.add(wb);
                assertThat(NoteProjectionAssumptionsTest.cell(wb, "AccrualRate").getNumericCellValue()).isEqualTo(0.055);
                assertThat(cents(NoteProjectionAssumptionsTest.cell(wb, "AccruedInterest").getNumericCellValue()))
                        .isEqualTo(22_177);
            }

            XSSFWorkbook wb = books.get(0);
            Sheet terms = wb.getSheet("Terms");
            assertThat(text(terms, "Rate kind")).isEqualTo("Floating");
            assertThat(text(terms, "Index")).isEqualTo("TEST");
            assertThat(text(terms, "Reset rate")).startsWith("TEST + 2%, not rounded");
            assertThat(number(terms, "Spread (margin)")).isEqualTo(0.02);
            assertThat(text(terms, "Reset frequency")).isEqualTo("QUARTERLY");
            assertThat(text(terms, "Lookback")).startsWith("none");
            assertThat(number(terms, "Initial rate (until the first reset)")).isEqualTo(0.06);
            assertThat(number(terms, "Periodic cap (most rise at one reset)")).isEqualTo(0.005);
            assertThat(text(terms, "Periodic floor (most fall at one reset)")).isEqualTo("none");
            assertThat(number(terms, "Lifetime cap")).isEqualTo(0.075);
            assertThat(number(terms, "Lifetime floor")).isEqualTo(0.055);
            assertThat(text(terms, "Maximum lawful rate")).isEqualTo("none stated");

            Sheet index = wb.getSheet("Index");
            // Reset date, read on, index value, source, rate from then: the hand-worked resets above.
            assertReset(index, LocalDate.of(2024, 4, 1), 0.05, 0.065);
            assertReset(index, LocalDate.of(2024, 7, 1), 0.03, 0.055);
            assertReset(index, LocalDate.of(2024, 10, 1), 0.07, 0.06);
            assertThat(text(index, "Projection past the last fixing")).startsWith("last fixing held flat: 7%");

            Sheet summary = wb.getSheet("Summary");
            Row margin = summary.getRow(NoteProjectionWorkbook.DISCOUNT_MARGIN_ROW - 1);
            assertThat(margin.getCell(0).getStringCellValue()).isEqualTo("Discount margin");
            assertThat(margin.getCell(2).getNumericCellValue()).isEqualTo(engine.measures().discountMargin());
            Row duration = summary.getRow(NoteProjectionWorkbook.EFFECTIVE_DURATION_ROW - 1);
            assertThat(duration.getCell(2).getNumericCellValue()).isEqualTo(engine.measures().effectiveDuration());
        } finally {
            for (XSSFWorkbook wb : books) {
                wb.close();
            }
        }
    }

    private static void assertSchedule(Sheet schedule) {
        assertThat(schedule.getRow(0).getCell(NoteProjectionWorkbook.RATE).getStringCellValue()).isEqualTo("Rate (accrued at)");
        for (int i = 0; i < RATES.length; i++) {
            Row r = schedule.getRow(i + 1);
            assertThat(r.getCell(NoteProjectionWorkbook.RATE).getNumericCellValue()).as("period %d rate", i + 1)
                    .isEqualTo(RATES[i]);
            assertThat(r.getCell(NoteProjectionWorkbook.RATE).getCellStyle().getDataFormatString()).endsWith("%");
            assertThat(r.getCell(NoteProjectionWorkbook.RATE_SOURCE).getStringCellValue()).isEqualTo("fixing");
            assertThat(cents(r.getCell(NoteProjectionWorkbook.INTEREST).getNumericCellValue())).as("period %d interest", i + 1)
                    .isEqualTo(Math.round(INTEREST[i] * 100));
        }
    }

    /** The Index sheet's row for the reset on {@code reset}: read on the same day (no lookback), a fixing. */
    private static void assertReset(Sheet index, LocalDate reset, double indexValue, double rate) {
        for (Row r : index) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.NUMERIC
                    && c.getLocalDateTimeCellValue().toLocalDate().equals(reset)) {
                assertThat(r.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(reset);
                assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(indexValue);
                assertThat(r.getCell(3).getStringCellValue()).isEqualTo("fixing");
                assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(rate);
                return;
            }
        }
        throw new AssertionError("no reset on " + reset);
    }

    /**
     * The example FLOAT-SOFR-2023 with the example fixings and SOFR curve: the workbook recalculated in
     * Gnumeric gives the engine's schedule and figures to the cent, and its Index sheet the resets worked
     * in ExportCommandTest (7.875% from 2023-07-15 on 5.08% read 45 days before; 7% from 2025-07-15 on the
     * curve's 4.30%).
     */
    @Test
    void theSofrExampleRecalculatesToTheEnginesScheduleWithItsResets() throws Exception {
        Position position = rateExample("FLOAT-SOFR-2023");
        IndexData data = IndexCsvReader.read(EXAMPLES.resolve("fixings.csv"), EXAMPLES.resolve("index-curve.csv"));
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        FlatRate curve = FlatRate.of(0.07);
        Path file = dir.resolve("sofr.xlsx");
        WorkbookExports.noteProjection(position, ExportAssumptions.of(asOf, curve).withIndexData(data), curve, file);
        PositionResult engine = PositionPricer.price(position, asOf, curve, data, List.of());
        Schedule s = engine.schedule();
        try (XSSFWorkbook wb = Gnumeric.recalculate(file)) {
            Sheet schedule = wb.getSheet("Schedule");
            assertThat(schedule.getLastRowNum()).isEqualTo(s.size());
            for (int i = 0; i < s.size(); i++) {
                Row r = schedule.getRow(i + 1);
                assertThat(cents(r.getCell(NoteProjectionWorkbook.INTEREST).getNumericCellValue())).isEqualTo(s.interestMinor(i));
                assertThat(cents(r.getCell(NoteProjectionWorkbook.PAYMENT).getNumericCellValue())).isEqualTo(s.paymentMinor(i));
                assertThat(BigDecimal.valueOf(r.getCell(NoteProjectionWorkbook.RATE).getNumericCellValue()))
                        .isEqualByComparingTo(s.rate(i));
                assertThat(r.getCell(NoteProjectionWorkbook.RATE_SOURCE).getStringCellValue()).isEqualTo("fixing+forward_curve");
            }
            Sheet summary = wb.getSheet("Summary");
            for (int row : new int[] {NoteProjectionWorkbook.NPV_ROW, NoteProjectionWorkbook.DV01_ROW,
                NoteProjectionWorkbook.ACCRUED_ROW, NoteProjectionWorkbook.OUTSTANDING_ROW,
                NoteProjectionWorkbook.REMAINING_PAYMENTS_ROW, NoteProjectionWorkbook.TOTAL_INTEREST_ROW,
                NoteProjectionWorkbook.TOTAL_PRINCIPAL_ROW, NoteProjectionWorkbook.TOTAL_PAYMENTS_ROW}) {
                assertThat(cents(value(summary, row, 1))).as("Summary row %d", row).isEqualTo(cents(value(summary, row, 2)));
            }
            assertThat(cents(value(summary, NoteProjectionWorkbook.TOTAL_INTEREST_ROW, 1))).isEqualTo(s.totalInterestMinor());
            Sheet index = wb.getSheet("Index");
            assertThat(findRow(index, LocalDate.of(2023, 7, 15)).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2023, 5, 31));
            assertThat(findRow(index, LocalDate.of(2023, 7, 15)).getCell(2).getNumericCellValue()).isEqualTo(0.0508);
            assertThat(findRow(index, LocalDate.of(2023, 7, 15)).getCell(4).getNumericCellValue()).isEqualTo(0.07875);
            assertThat(findRow(index, LocalDate.of(2025, 7, 15)).getCell(3).getStringCellValue()).isEqualTo("forward curve");
            assertThat(findRow(index, LocalDate.of(2025, 7, 15)).getCell(2).getNumericCellValue()).isEqualTo(0.043);
            assertThat(findRow(index, LocalDate.of(2025, 7, 15)).getCell(4).getNumericCellValue()).isEqualTo(0.07);
            Sheet terms = wb.getSheet("Terms");
            assertThat(text(terms, "Reset rate")).startsWith("SOFR + 2.75%, rounded to the nearest 0.125%");
            assertThat(text(terms, "Lookback")).startsWith("45 calendar days before each reset");
        }
    }

    static Position rateExample(String id) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-rates.csv"), StatedSchedules.NONE,
                RateStepCsvReader.read(EXAMPLES.resolve("rate-steps.csv")), null)) {
            while (reader.hasNext()) {
                Position p = reader.next();
                if (p.terms().id().equals(id)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no note " + id);
    }

    /** The first row whose column A is {@code date}. */
    private static Row findRow(Sheet sheet, LocalDate date) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.NUMERIC && c.getLocalDateTimeCellValue().toLocalDate().equals(date)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + date + " on " + sheet.getSheetName());
    }

    /** The first row labelled {@code label} in column A. */
    private static Row labelled(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    private static String text(Sheet sheet, String label) {
        return labelled(sheet, label).getCell(1).getStringCellValue();
    }

    private static double number(Sheet sheet, String label) {
        return labelled(sheet, label).getCell(1).getNumericCellValue();
    }

    private static double value(Sheet sheet, int excelRow, int column) {
        return sheet.getRow(excelRow - 1).getCell(column).getNumericCellValue();
    }

    private static long cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
