package com.notefolio.reports.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.payoff.PayoffQuote;
import com.notefolio.core.payoff.PayoffQuoter;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.LibreOffice;
import com.notefolio.reports.workbook.WorkbookFile;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Payoff sheet of the note projection: its figures, recalculated by Gnumeric and by LibreOffice, equal core's
 * {@link PayoffQuoter} to the cent on the as-of date the workbook was written at, on a second as-of date it was
 * written at, and after the analyst types that second date into the named AsOf cell of the first workbook (the
 * formulas follow; a value — a yield maintenance premium — stays what it was, and the test says which rows are
 * values). The quoter is the oracle for the workbook; the engines' recalculation checks the formulas; the
 * step-down note's figures are also worked by hand below.
 */
class PayoffQuoteWorkbookTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final int[] AMOUNT_ROWS = {PayoffSheet.PRINCIPAL_ROW, PayoffSheet.ACCRUED_ROW, PayoffSheet.PREMIUM_ROW,
        PayoffSheet.LATE_CHARGES_ROW, PayoffSheet.TOTAL_ROW, PayoffSheet.PER_DIEM_ROW};

    @TempDir
    Path dir;

    /** A note quoted at {@code asOf} and at {@code second}; the discounting (and yield maintenance reference) {@code curve}. */
    record Case(NoteTerms terms, LocalDate asOf, LocalDate second, DiscountCurve curve) {
    }

    static NoteTerms charges(String id) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-charges.csv"))) {
            while (reader.hasNext()) {
                Position p = reader.next();
                if (p.terms().id().equals(id)) {
                    return p.terms();
                }
            }
        }
        throw new AssertionError("no note " + id);
    }

    static NoteTerms businessDays(String id) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-business-days.csv"))) {
            while (reader.hasNext()) {
                Position p = reader.next();
                if (p.terms().id().equals(id)) {
                    return p.terms();
                }
            }
        }
        throw new AssertionError("no note " + id);
    }

    /** The 2003 note with a 2% flat penalty and no penalty in its last 6 months (open from 12 July 2005). */
    static NoteTerms note2003WithPenalty() {
        NoteTerms t = NoteProjectionWorkbookTest.example("INFINITE-2003").terms();
        return t.toBuilder().prepayment(new PrepaymentTerms(true, new BigDecimal("0.02"), null, null, 6)).build();
    }

    List<Case> cases() throws Exception {
        FlatRate seven = FlatRate.of(0.07);
        List<Case> cases = new ArrayList<>(List.of(
                // Step-down 5-4-3-2-1 on ACT/360, open 3 months: loan year 3, then inside the open period.
                new Case(charges("STEPDOWN-2020"), LocalDate.of(2022, 3, 15), LocalDate.of(2029, 11, 15), seven),
                // Loan year 1 (5%), and loan year 6 (the 0% step).
                new Case(charges("STEPDOWN-2020"), LocalDate.of(2020, 7, 31), LocalDate.of(2025, 2, 28), seven),
                // Yield maintenance: a value of the quoter (on the workbook's 7%), with the formulas beside it.
                new Case(charges("YM-2020"), LocalDate.of(2024, 6, 20), LocalDate.of(2026, 2, 10), seven),
                new Case(charges("CAPPED-2024"), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 10, 31), seven),
                // PERIODIC (ACT/365F per-diem), no premium; then with a flat penalty, in and out of its open period.
                new Case(NoteProjectionWorkbookTest.example("INFINITE-2003").terms(), LocalDate.of(2004, 6, 30),
                        LocalDate.of(2004, 11, 20), FlatRate.of(0.10)),
                new Case(note2003WithPenalty(), LocalDate.of(2004, 6, 30), LocalDate.of(2005, 9, 20), FlatRate.of(0.10)),
                // Deferred interest carried (30/360) and a grid note's advances (ACT/360).
                new Case(NoteJson.read(EXAMPLES.resolve("note-ppp.json")), LocalDate.of(2020, 10, 20),
                        LocalDate.of(2020, 8, 20), seven),
                new Case(NoteJson.read(EXAMPLES.resolve("note-grid.json")), LocalDate.of(2024, 2, 20),
                        LocalDate.of(2024, 4, 15), seven),
                // 30E/360 on the 30th, through February.
                new Case(businessDays("DUE-30TH"), LocalDate.of(2013, 2, 27), LocalDate.of(2013, 3, 31), seven),
                // Unadjusted accrual: the accrued interest and per-diem are the quoter's values.
                new Case(businessDays("DUE-28-UNADJUSTED"), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 11, 5), seven)));
        // The example portfolio's other day counts and amortizations, 45 days and 7 months after issue; the two
        // with a lockout after it ends. BULLET-RHEIN-2022 may not be prepaid: aDateWithoutAQuoteSaysWhy.
        for (String id : List.of("LC-1077501", "CP-HARBOR-2020", "SAKURA-2023", "EQUIP-2024")) {
            NoteTerms t = NoteProjectionWorkbookTest.example(id).terms();
            cases.add(new Case(t, t.issueDate().plusDays(45), t.issueDate().plusMonths(7).plusDays(3), seven));
        }
        cases.add(new Case(NoteProjectionWorkbookTest.example("CEDAR-Q-2021").terms(), LocalDate.of(2023, 8, 15),
                LocalDate.of(2024, 1, 10), seven));
        cases.add(new Case(NoteProjectionWorkbookTest.example("NORDIC-2019").terms(), LocalDate.of(2022, 7, 12),
                LocalDate.of(2023, 2, 28), seven));
        // Precomputed add-on notes: the principal the rebated balance of the schedule; the interest accrued between
        // due dates the rebate method's (values).
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-precomputed.csv"))) {
            while (reader.hasNext()) {
                NoteTerms t = reader.next().terms();
                if (!t.id().equals("AUTO-78-24")) {
                    cases.add(new Case(t, LocalDate.of(2024, 5, 20), LocalDate.of(2024, 9, 15), seven));
                }
            }
        }
        return cases;
    }

    Path export(NoteTerms terms, LocalDate asOf, DiscountCurve curve, String name) throws Exception {
        Schedule s = ScheduleResolver.resolve(terms);
        NoteMeasures m = NotePricer.measures(s, asOf, Position.atPar(terms).priceAt(s, asOf), curve);
        Path file = dir.resolve(name + ".xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(s, m, curve).writeTo(wb));
        return file;
    }

    /** What each workbook should show, and whether rows that are values keep another date's figure. */
    record Expected(PayoffQuote quote, boolean edited, String what) {
    }

    @Test
    void thePayoffFormulasRecalculateToTheQuotersFiguresOnTwoDatesAndWhenAsOfIsChanged() throws Exception {
        List<Path> files = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<Case> cases = cases();
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            Schedule s = ScheduleResolver.resolve(c.terms());
            PayoffQuote first = PayoffQuoter.quote(s, c.asOf(), c.curve());
            PayoffQuote second = PayoffQuoter.quote(s, c.second(), c.curve());
            String id = k + "-" + c.terms().id();
            Path a = export(c.terms(), c.asOf(), c.curve(), id + "-a");
            Path b = export(c.terms(), c.second(), c.curve(), id + "-b");
            // Read without recalculating, the cells hold the quoter's figures (what a previewer shows).
            try (XSSFWorkbook wb = new XSSFWorkbook(a.toFile())) {
                assertQuote(wb, first, false, id + " cached");
            }
            Path edited = dir.resolve(id + "-edited.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(a))) {
                NoteProjectionAssumptionsTest.cell(wb, "AsOf").setCellValue(c.second());
                try (FileOutputStream out = new FileOutputStream(edited.toFile())) {
                    wb.write(out);
                }
            }
            files.addAll(List.of(a, b, edited));
            expected.add(new Expected(first, false, id + " at " + c.asOf()));
            expected.add(new Expected(second, false, id + " at " + c.second()));
            expected.add(new Expected(second, true, id + " with AsOf changed from " + c.asOf() + " to " + c.second()));
        }
        List<Path> libre = LibreOffice.recalculate(files, dir.resolve("libreoffice"));
        for (int i = 0; i < files.size(); i++) {
            Expected e = expected.get(i);
            try (XSSFWorkbook wb = Gnumeric.recalculate(files.get(i))) {
                assertQuote(wb, e.quote(), e.edited(), "Gnumeric " + e.what());
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(libre.get(i).toFile())) {
                assertQuote(wb, e.quote(), e.edited(), "LibreOffice " + e.what());
            }
        }
    }

    /**
     * STEPDOWN-2020 ($1,000,000 at 6% ACT/360, interest only on the 1st, premium 5-4-3-2-1 by loan year, open in
     * the last 3 months), by hand. On 15 March 2022 (loan year 3, from 1 January 2022: 3%): principal 1,000,000.00;
     * accrued 14 days from 1 March: 1,000,000 × 6% × 14/360 = 2,333.33; premium 3% × 1,000,000 = 30,000.00; total
     * 1,032,333.33; per-diem 1,000,000 × 6% / 360 = 166.666… → 166.67. With AsOf typed as 15 November 2029 (open
     * from 1 October 2029): accrued again 14 days = 2,333.33, no premium, total 1,002,333.33.
     */
    @Test
    void theStepDownNotesQuoteWorkedByHand() throws Exception {
        NoteTerms t = charges("STEPDOWN-2020");
        Path a = export(t, LocalDate.of(2022, 3, 15), FlatRate.of(0.07), "stepdown");
        Path edited = dir.resolve("stepdown-edited.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(a))) {
            NoteProjectionAssumptionsTest.cell(wb, "AsOf").setCellValue(LocalDate.of(2029, 11, 15));
            try (FileOutputStream out = new FileOutputStream(edited.toFile())) {
                wb.write(out);
            }
        }
        Sheet march = Gnumeric.recalculate(a).getSheet("Payoff");
        assertThat(figure(march, PayoffSheet.PRINCIPAL_ROW)).isEqualByComparingTo("1000000.00");
        assertThat(figure(march, PayoffSheet.ACCRUED_ROW)).isEqualByComparingTo("2333.33");
        assertThat(figure(march, PayoffSheet.PREMIUM_ROW)).isEqualByComparingTo("30000.00");
        assertThat(figure(march, PayoffSheet.LATE_CHARGES_ROW)).isEqualByComparingTo("0.00");
        assertThat(figure(march, PayoffSheet.TOTAL_ROW)).isEqualByComparingTo("1032333.33");
        assertThat(figure(march, PayoffSheet.PER_DIEM_ROW)).isEqualByComparingTo("166.67");
        assertThat(march.getRow(PayoffSheet.QUOTABLE_ROW - 1).getCell(1).getStringCellValue()).isEqualTo("yes");
        Sheet november = Gnumeric.recalculate(edited).getSheet("Payoff");
        assertThat(figure(november, PayoffSheet.ACCRUED_ROW)).isEqualByComparingTo("2333.33");
        assertThat(figure(november, PayoffSheet.PREMIUM_ROW)).isEqualByComparingTo("0.00");
        assertThat(figure(november, PayoffSheet.TOTAL_ROW)).isEqualByComparingTo("1002333.33");
        for (int row : AMOUNT_ROWS) {
            if (row != PayoffSheet.LATE_CHARGES_ROW) {
                assertThat(march.getRow(row - 1).getCell(1).getCellType()).as("row %d", row).isEqualTo(CellType.FORMULA);
            }
        }
    }

    /**
     * Values stand only where Excel cannot follow the engine: a yield maintenance premium, and the accrued interest
     * and per-diem of a note accruing to a rolled date; every other figure of every case is a formula.
     */
    @Test
    void valuesStandOnlyWhereExcelCannotFollowTheEngine() throws Exception {
        List<Case> cases = cases();
        assertThat(cases).hasSize(18);
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            try (XSSFWorkbook wb = new XSSFWorkbook(export(c.terms(), c.asOf(), c.curve(), "kinds-" + k).toFile())) {
                Sheet payoff = wb.getSheet("Payoff");
                String id = c.terms().id();
                for (int row : AMOUNT_ROWS) {
                    boolean value = row == PayoffSheet.LATE_CHARGES_ROW
                            || row == PayoffSheet.PREMIUM_ROW && id.equals("YM-2020")
                            || (row == PayoffSheet.ACCRUED_ROW || row == PayoffSheet.PER_DIEM_ROW)
                            && (id.equals("DUE-28-UNADJUSTED") || id.startsWith("ADDON-"));
                    assertThat(payoff.getRow(row - 1).getCell(1).getCellType()).as("%s row %d", id, row)
                            .isEqualTo(value ? CellType.NUMERIC : CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void theQuotableCellFollowsAsOfIntoTheLockoutAndPastMaturity() throws Exception {
        // CEDAR-Q-2021 is locked out until 30 June 2023 and matures on its stated maturity date.
        NoteTerms t = NoteProjectionWorkbookTest.example("CEDAR-Q-2021").terms();
        Path a = export(t, LocalDate.of(2023, 8, 15), FlatRate.of(0.07), "cedar");
        String[] answers = new String[3];
        LocalDate[] dates = {LocalDate.of(2023, 1, 10), t.maturityDate().plusDays(1), LocalDate.of(2023, 6, 30)};
        for (int k = 0; k < dates.length; k++) {
            Path edited = dir.resolve("cedar-" + k + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(a))) {
                NoteProjectionAssumptionsTest.cell(wb, "AsOf").setCellValue(dates[k]);
                try (FileOutputStream out = new FileOutputStream(edited.toFile())) {
                    wb.write(out);
                }
            }
            answers[k] = Gnumeric.recalculate(edited).getSheet("Payoff").getRow(PayoffSheet.QUOTABLE_ROW - 1).getCell(1)
                    .getStringCellValue();
        }
        assertThat(answers).containsExactly("no: in the lockout", "no: outside the note's life", "yes");
    }

    @Test
    void aDateWithoutAQuoteSaysWhy() throws Exception {
        Path locked = export(NoteProjectionWorkbookTest.example("BULLET-RHEIN-2022").terms(), LocalDate.of(2023, 1, 10),
                FlatRate.of(0.07), "not-prepayable");
        try (XSSFWorkbook wb = new XSSFWorkbook(locked.toFile())) {
            assertThat(wb.getSheet("Payoff").getRow(PayoffSheet.DATE_ROW - 1).getCell(4).getStringCellValue())
                    .contains("may not be prepaid");
        }
        // The 2003 note before its issue: no payoff, and the sheet says so instead of showing figures.
        Path file = export(NoteProjectionWorkbookTest.example("INFINITE-2003").terms(), LocalDate.of(2003, 8, 1),
                FlatRate.of(0.10), "before-issue");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet payoff = wb.getSheet("Payoff");
            assertThat(payoff.getRow(PayoffSheet.DATE_ROW - 1).getCell(0).getStringCellValue()).isEqualTo("No payoff quote");
            assertThat(payoff.getRow(PayoffSheet.DATE_ROW - 1).getCell(4).getStringCellValue())
                    .contains("outside the life of note INFINITE-2003");
            assertThat(payoff.getLastRowNum()).isEqualTo(PayoffSheet.DATE_ROW - 1);
        }
    }

    /** Column B of the Payoff sheet against {@code q}, to the cent; in an edited workbook value rows are skipped. */
    static void assertQuote(XSSFWorkbook wb, PayoffQuote q, boolean edited, String what) {
        Sheet payoff = wb.getSheet("Payoff");
        long[] expected = {q.principalMinor(), q.accruedInterestMinor(), q.premiumMinor(), q.lateChargesMinor(),
            q.totalMinor(), q.perDiemMinor()};
        // In an edited workbook a value row (yield maintenance, a split accrual) holds the export date's figure and
        // the total adds it: those are checked only where the workbook was written at the quote's date.
        boolean valuesInTotal = false;
        for (int row = PayoffSheet.PRINCIPAL_ROW; row < PayoffSheet.LATE_CHARGES_ROW; row++) {
            valuesInTotal |= payoff.getRow(row - 1).getCell(1).getCellType() != CellType.FORMULA;
        }
        for (int k = 0; k < AMOUNT_ROWS.length; k++) {
            int row = AMOUNT_ROWS[k];
            boolean formula = payoff.getRow(row - 1).getCell(1).getCellType() == CellType.FORMULA;
            if (row == PayoffSheet.PRINCIPAL_ROW || row == PayoffSheet.TOTAL_ROW) {
                assertThat(formula).as("%s row %d is a formula", what, row).isTrue();
            }
            boolean follows = row == PayoffSheet.TOTAL_ROW ? !valuesInTotal : formula || row == PayoffSheet.LATE_CHARGES_ROW;
            if (edited && !follows) {
                continue;
            }
            assertThat(figure(payoff, row)).as("%s %s", what, payoff.getRow(row - 1).getCell(0).getStringCellValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(expected[k], q.scale()));
        }
        Cell rate = payoff.getRow(PayoffSheet.RATE_ROW - 1).getCell(1);
        if (!edited || rate.getCellType() == CellType.FORMULA) {
            // A rate is an exact decimal of at most 10 places, held as a double: equal to the double nearest it.
            assertThat(rate.getNumericCellValue()).as("%s rate", what).isEqualTo(q.rate().doubleValue());
        }
    }

    static BigDecimal figure(Sheet payoff, int row) {
        Cell c = payoff.getRow(row - 1).getCell(1);
        if (c.getCellType() == CellType.FORMULA) {
            assertThat(c.getCachedFormulaResultType()).as("row %d: %s", row, c.getCellFormula()).isEqualTo(CellType.NUMERIC);
        }
        return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN);
    }
}
