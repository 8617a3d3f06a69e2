package com.notefolio.reports.note;

import static com.notefolio.reports.note.NoteProjectionWorkbookTest.assertFormula;
import static com.notefolio.reports.note.NoteProjectionWorkbookTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.io.NoteJson;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.workbook.WorkbookFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note projection of structured notes (issue 14), recalculated by Gnumeric: examples/note-ppp.json (an
 * SBA PPP note, $20,000 at 1% on 30/360, payments deferred through 4 November 2020 with the interest spread
 * over the 18 installments after, $15,000 forgiven on 15 October 2020) and examples/note-grid.json (up to
 * $300,000 at 6% ACT/360, interest only, advances of $100,000, $50,000 and $75,000). The Schedule has each
 * row's kind and the interest carried unpaid; the Summary's formulas (totals, outstanding principal, cash
 * still due, accrued interest with the carried interest, NPV) give the figures worked by hand below, the
 * schedule figures being those of core's StructuredScheduleTest.
 */
class StructuredNoteProjectionTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    /** Amounts are exact cents: the engines' doubles agree with the hand figures to far below a cent. */
    static final double CENT = 1e-6;

    @TempDir
    Path dir;

    XSSFWorkbook recalculated(NoteTerms terms, LocalDate asOf, double rate) throws Exception {
        Schedule schedule = ScheduleResolver.resolve(terms);
        NoteMeasures m = NotePricer.measures(schedule, asOf, Position.atPar(terms).priceAt(schedule, asOf),
                FlatRate.of(rate));
        Path file = dir.resolve(terms.id() + "-" + asOf + ".xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(schedule, m, FlatRate.of(rate)).writeTo(wb));
        return Gnumeric.recalculate(file);
    }

    static double summary(XSSFWorkbook book, int row) {
        Sheet s = book.getSheet("Summary");
        assertFormula(s, row, "summary row " + row);
        return value(s, row, 1);
    }

    /** The Schedule sheet's header names, and a row's cell by its header. */
    static int column(Sheet schedule, String headerStart) {
        Row header = schedule.getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().startsWith(headerStart)) {
                return c;
            }
        }
        throw new AssertionError("no column " + headerStart);
    }

    @Test
    void thePppNoteHasItsRowKindsCarriedInterestAndTotals() throws Exception {
        NoteTerms ppp = NoteJson.read(EXAMPLES.resolve("note-ppp.json"));
        XSSFWorkbook book = recalculated(ppp, LocalDate.of(2020, 10, 20), 0.05);
        Sheet schedule = book.getSheet("Schedule");
        int kind = column(schedule, "Kind");
        int deferred = column(schedule, "Deferred interest");
        int opening = column(schedule, "Opening balance");
        int closing = column(schedule, "Closing balance");
        assertThat(schedule.getLastRowNum()).isEqualTo(25);
        // Five deferred due dates, each carrying 20,000 × 1% ÷ 12 = 16.67 more.
        for (int i = 1; i <= 5; i++) {
            assertThat(schedule.getRow(i).getCell(kind).getStringCellValue()).isEqualTo("DEFERRAL");
            assertThat(schedule.getRow(i).getCell(deferred).getNumericCellValue()).isCloseTo(16.67 * i, within(CENT));
        }
        // The forgiveness lowers the balance from 20,000 to 5,000; 5 × 16.67 + 11 days on 20,000 (6.11) carried.
        Row forgiven = schedule.getRow(6);
        assertThat(forgiven.getCell(kind).getStringCellValue()).isEqualTo("FORGIVENESS");
        assertThat(forgiven.getCell(opening).getNumericCellValue()).isEqualTo(20_000.00);
        assertThat(forgiven.getCell(closing).getNumericCellValue()).isEqualTo(5_000.00);
        assertThat(forgiven.getCell(deferred).getNumericCellValue()).isCloseTo(89.46, within(CENT));
        assertThat(schedule.getRow(7).getCell(deferred).getNumericCellValue()).isCloseTo(92.10, within(CENT));
        assertThat(schedule.getRow(8).getCell(kind).getStringCellValue()).isEqualTo("SCHEDULED");

        // Installments: PMT(5,000, 1% ÷ 12, 18) = 279.98, the last 279.80 + 0.23 = 280.03, so the regular
        // payments total 17 × 279.98 + 280.03 = 5,039.69, their interest 39.69; with the 92.10 deferred,
        // interest is 131.79. Principal: 15,000 forgiven + 5,000 repaid. Cash: 20,000 + 131.79.
        assertThat(summary(book, NoteProjectionWorkbook.TOTAL_INTEREST_ROW)).isCloseTo(131.79, within(CENT));
        assertThat(summary(book, NoteProjectionWorkbook.TOTAL_PRINCIPAL_ROW)).isCloseTo(20_000.00, within(CENT));
        assertThat(summary(book, NoteProjectionWorkbook.TOTAL_PAYMENTS_ROW)).isCloseTo(20_131.79, within(CENT));
        // On 20 October, after the forgiveness: 5,000 outstanding, the 18 installments (5,039.69 + 92.10) still due.
        assertThat(summary(book, NoteProjectionWorkbook.OUTSTANDING_ROW)).isCloseTo(5_000.00, within(CENT));
        assertThat(summary(book, NoteProjectionWorkbook.REMAINING_PAYMENTS_ROW)).isCloseTo(5_131.79, within(CENT));
        // Accrued: the 89.46 carried out of the forgiveness row, and 5 days (30/360) on 5,000:
        // 5,000 × 1% × 5/360 = 0.694… → 0.69.
        assertThat(summary(book, NoteProjectionWorkbook.ACCRUED_ROW)).isCloseTo(90.15, within(CENT));

        // Inside the deferral, 20 August: 3 × 16.67 carried and 16 days on 20,000 = 8.888… → 8.89.
        XSSFWorkbook august = recalculated(ppp, LocalDate.of(2020, 8, 20), 0.05);
        assertThat(summary(august, NoteProjectionWorkbook.ACCRUED_ROW)).isCloseTo(58.90, within(CENT));
        assertThat(summary(august, NoteProjectionWorkbook.OUTSTANDING_ROW)).isCloseTo(20_000.00, within(CENT));

        Sheet terms = book.getSheet("Terms");
        assertThat(termValue(terms, "Payments deferred through").getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2020, 11, 4));
        assertThat(termValue(terms, "Interest accrued in the deferral").getStringCellValue())
                .isEqualTo("SPREAD: spread evenly over the payments after the deferral");
        assertThat(termRow(terms, "Forgiven 1").getCell(2).getNumericCellValue()).isEqualTo(15_000.00);
    }

    @Test
    void theGridNotesAdvancesRaiseTheBalanceAsNegativePayments() throws Exception {
        NoteTerms grid = NoteJson.read(EXAMPLES.resolve("note-grid.json"));
        LocalDate asOf = LocalDate.of(2024, 2, 20);
        XSSFWorkbook book = recalculated(grid, asOf, 0.07);
        Sheet schedule = book.getSheet("Schedule");
        int kind = column(schedule, "Kind");
        int deferred = column(schedule, "Deferred interest");
        int payment = column(schedule, "Payment");
        int opening = column(schedule, "Opening balance");
        int closing = column(schedule, "Closing balance");
        Row advance = schedule.getRow(2);
        assertThat(advance.getCell(kind).getStringCellValue()).isEqualTo("ADVANCE");
        assertThat(advance.getCell(payment).getNumericCellValue()).isEqualTo(-50_000.00);
        assertThat(advance.getCell(opening).getNumericCellValue()).isEqualTo(100_000.00);
        assertThat(advance.getCell(closing).getNumericCellValue()).isEqualTo(150_000.00);
        // 14 days on 100,000 at 6% ACT/360 accrued before the advance, paid on 1 March.
        assertThat(advance.getCell(deferred).getNumericCellValue()).isCloseTo(233.33, within(CENT));
        assertThat(schedule.getRow(5).getCell(closing).getNumericCellValue()).isEqualTo(225_000.00);

        // Interest 516.67 + 608.33 + 775.00 + 1,012.50 + 1,162.50 + 1,125.00 = 5,200.00; principal: the 225,000
        // repaid less the 50,000 and 75,000 advanced as negative principal = 100,000, the first advance.
        assertThat(summary(book, NoteProjectionWorkbook.TOTAL_INTEREST_ROW)).isCloseTo(5_200.00, within(CENT));
        assertThat(summary(book, NoteProjectionWorkbook.TOTAL_PRINCIPAL_ROW)).isCloseTo(100_000.00, within(CENT));
        assertThat(summary(book, NoteProjectionWorkbook.TOTAL_PAYMENTS_ROW)).isCloseTo(105_200.00, within(CENT));
        // On 20 February: 150,000 outstanding; due after: 608.33 + 775.00 − 75,000 + 1,012.50 + 1,162.50 + 226,125.00.
        assertThat(summary(book, NoteProjectionWorkbook.OUTSTANDING_ROW)).isCloseTo(150_000.00, within(CENT));
        assertThat(summary(book, NoteProjectionWorkbook.REMAINING_PAYMENTS_ROW)).isCloseTo(154_683.33, within(CENT));
        // Accrued: 233.33 carried from the advance's row and 5 days on 150,000 = 125.00.
        assertThat(summary(book, NoteProjectionWorkbook.ACCRUED_ROW)).isCloseTo(358.33, within(CENT));
        // NPV at 7%, XNPV's basis by hand over the flows after 20 February, the advance of 10 April negative.
        double npv = 0;
        Object[][] flows = {{"2024-03-01", 608.33}, {"2024-04-01", 775.00}, {"2024-04-10", -75_000.00},
            {"2024-05-01", 1_012.50}, {"2024-06-01", 1_162.50}, {"2024-07-01", 226_125.00}};
        for (Object[] f : flows) {
            long days = ChronoUnit.DAYS.between(asOf, LocalDate.parse((String) f[0]));
            npv += (double) f[1] * Math.pow(1.07, -days / 365.0);
        }
        assertThat(summary(book, NoteProjectionWorkbook.NPV_ROW)).isCloseTo(npv, within(CENT));

        Sheet terms = book.getSheet("Terms");
        Row second = termRow(terms, "Advance 2");
        assertThat(second.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(50_000.00);
    }

    /**
     * Every Summary formula (NPV, yield, WAL, durations, DV01, totals) against the engine's figure beside it, with
     * the tolerances of {@link NoteProjectionWorkbookTest}, before, inside and after the deferral and the advances.
     */
    @Test
    void theFormulasOfStructuredNotesRecalculateToTheEnginesFigures() throws Exception {
        NoteProjectionWorkbookTest check = new NoteProjectionWorkbookTest();
        check.dir = dir;
        for (String file : new String[] {"note-ppp.json", "note-grid.json"}) {
            Position note = Position.atPar(NoteJson.read(EXAMPLES.resolve(file)));
            for (LocalDate asOf : new LocalDate[] {LocalDate.of(2020, 5, 4), LocalDate.of(2020, 8, 20),
                LocalDate.of(2021, 3, 15), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 10)}) {
                check.exportAndRecalculate(note, asOf, FlatRate.of(0.06));
            }
        }
    }

    @Test
    void aPlainNoteKeepsItsColumns() throws Exception {
        XSSFWorkbook book = recalculated(NoteProjectionWorkbookTest.example("INFINITE-2003").terms(),
                LocalDate.of(2004, 6, 30), 0.10);
        Row header = book.getSheet("Schedule").getRow(0);
        assertThat(header.getLastCellNum()).isEqualTo((short) (NoteProjectionWorkbook.RATE_SOURCE + 1));
    }

    static Row termRow(Sheet terms, String labelStart) {
        for (Row r : terms) {
            if (r.getCell(0) != null && r.getCell(0).getStringCellValue().startsWith(labelStart)) {
                return r;
            }
        }
        throw new AssertionError("no term " + labelStart);
    }

    static org.apache.poi.ss.usermodel.Cell termValue(Sheet terms, String labelStart) {
        return termRow(terms, labelStart).getCell(1);
    }
}
