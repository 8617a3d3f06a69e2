package com.notefolio.reports.note;

import static com.notefolio.reports.note.StructuredNoteProjectionTest.column;
import static com.notefolio.reports.note.StructuredNoteProjectionTest.termRow;
import static com.notefolio.reports.note.StructuredNoteProjectionTest.termValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.disclosure.NoteDisclosure;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PeriodicFee;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.export.WorkbookExports;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.WorkbookFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note projection's Terms sheet with the charges of examples/notes-charges.csv in words and values, its Truth
 * in Lending box (hand-worked figures: the 2003 note, and core's ClosingFeeDisclosureTest's $1,000 note with a
 * $50 fee), and a revolving line's commitment fee in the Schedule's fee column and the portfolio's Flows (core
 * StructuredScheduleTest's line, worked there by hand).
 */
class ChargesAndDisclosureWorkbookTest {

    /** Amounts are exact cents: a double holds them to far below a cent. */
    static final double CENT = 1e-6;

    @TempDir
    Path dir;

    XSSFWorkbook written(NoteTerms terms, LocalDate asOf) throws Exception {
        Schedule s = ScheduleResolver.resolve(terms);
        NoteMeasures m = NotePricer.measures(s, asOf, Position.atPar(terms).priceAt(s, asOf), FlatRate.of(0.07));
        Path file = dir.resolve(terms.id().replaceAll("[^A-Za-z0-9-]", "_") + "-" + asOf + ".xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(s, m, FlatRate.of(0.07)).writeTo(wb));
        return new XSSFWorkbook(file.toFile());
    }

    static LocalDate date(Cell c) {
        return c.getLocalDateTimeCellValue().toLocalDate();
    }

    @Test
    void theStepDownNoteShowsItsStepsOpenPeriodLateChargeAndDefaultMargin() throws Exception {
        Sheet terms = written(PayoffQuoteWorkbookTest.charges("STEPDOWN-2020"), LocalDate.of(2022, 3, 15)).getSheet("Terms");
        assertThat(termValue(terms, "Prepayment premium").getStringCellValue()).startsWith("steps down");
        // 1:0.05;2:0.04;3:0.03;4:0.02;5:0.01;6:0 on a note of 1 January 2020: loan year k from 1 January 2019 + k.
        double[] rates = {0.05, 0.04, 0.03, 0.02, 0.01, 0};
        for (int k = 1; k <= 6; k++) {
            Row step = termRow(terms, "From loan year " + k);
            assertThat(date(step.getCell(1))).isEqualTo(LocalDate.of(2019 + k, 1, 1));
            assertThat(step.getCell(2).getNumericCellValue()).isEqualTo(rates[k - 1]);
        }
        // Open 3 months before the maturity of 1 January 2030.
        Row open = termRow(terms, "Open period");
        assertThat(open.getCell(1).getStringCellValue()).isEqualTo("the last 3 months before maturity, from");
        assertThat(date(open.getCell(2))).isEqualTo(LocalDate.of(2029, 10, 1));
        assertThat(termValue(terms, "Late charge").getStringCellValue())
                .isEqualTo("5% of the installment, at most 250.00, if unpaid 10 days after it is due");
        assertThat(termValue(terms, "Default margin").getNumericCellValue()).isEqualTo(0.05);
        assertThat(termValue(terms, "Maximum lawful rate").getStringCellValue()).isEqualTo("none stated");
    }

    @Test
    void yieldMaintenanceAndTheSavingsClauseInWords() throws Exception {
        Sheet ym = written(PayoffQuoteWorkbookTest.charges("YM-2020"), LocalDate.of(2024, 6, 20)).getSheet("Terms");
        assertThat(termValue(ym, "Prepayment premium").getStringCellValue()).startsWith("yield maintenance");
        assertThat(termValue(ym, "Yield maintenance spread").getNumericCellValue()).isEqualTo(0.005);
        assertThat(termValue(ym, "Yield maintenance floor").getNumericCellValue()).isEqualTo(0.01);
        assertThat(termValue(ym, "Late charge").getStringCellValue())
                .isEqualTo("35.00 an installment, if unpaid 15 days after it is due");

        Sheet capped = written(PayoffQuoteWorkbookTest.charges("CAPPED-2024"), LocalDate.of(2024, 3, 10)).getSheet("Terms");
        assertThat(termValue(capped, "Maximum lawful rate").getNumericCellValue()).isEqualTo(0.10);
        assertThat(termValue(capped, "Savings clause").getStringCellValue())
                .startsWith("each period is billed at the contract rate and the interest above the maximum lawful rate"
                        + " is refunded");
    }

    @Test
    void thePeriodicFeeAndTheClauseAppliedToPrincipalInWords() throws Exception {
        // 20.00 charged with the one payment: 1,100.00 + 20.00 = 1,120.00 paid, all of the 120.00 above the 1,000.00
        // financed a finance charge (12 CFR 1026.4(b)(2)).
        NoteTerms fee = oneYear(List.of()).toBuilder().periodicFee(PeriodicFee.of("20.00", null)).build();
        Sheet terms = written(fee, LocalDate.of(2025, 3, 1)).getSheet("Terms");
        assertThat(termValue(terms, "Periodic fee").getStringCellValue())
                .isEqualTo("20.00, with each installment (part of its payment)");
        assertThat(termValue(terms, "Total of payments").getNumericCellValue()).isEqualTo(1_120.00);
        assertThat(termValue(terms, "Finance charge").getNumericCellValue()).isEqualTo(120.00);

        NoteTerms applied = PayoffQuoteWorkbookTest.charges("CAPPED-2024").toBuilder()
                .savingsClause(SavingsClause.APPLIED_TO_PRINCIPAL).build();
        Sheet capped = written(applied, LocalDate.of(2024, 3, 10)).getSheet("Terms");
        assertThat(termValue(capped, "Savings clause").getStringCellValue())
                .startsWith("each installment is billed at the contract rate;").contains("applied to principal");
    }

    /** $1,000 at 10% ACT/365F for 365 days, repaid at once ($1,100.00), with {@code fees}. */
    static NoteTerms oneYear(List<ClosingFee> fees) {
        return NoteTerms.builder("single").borrower("B").principal("1000.00").annualRate("0.10")
                .issueDate(LocalDate.of(2025, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .frequency(Frequency.AT_MATURITY).amortization(Amortization.BULLET).accrualBasis(DayCounts.ACT_365F)
                .fees(fees).build();
    }

    @Test
    void theTruthInLendingBoxHoldsTheFeeAsAPrepaidFinanceCharge() throws Exception {
        // Amount financed 1,000 − 50 = 950.00; finance charge 1,100 − 950 = 150.00; APR over the one-year term
        // 150 ÷ 950 = 15.789…% → 15.79% (Appendix J (b)(5)(vii): a single payment's term is the unit-period).
        NoteTerms fee = oneYear(List.of(ClosingFee.ofAmount(new BigDecimal("50.00"), true)));
        Sheet terms = written(fee, LocalDate.of(2025, 3, 1)).getSheet("Terms");
        Row closing = termRow(terms, "Closing fee 1");
        assertThat(closing.getCell(1).getStringCellValue())
                .isEqualTo("origination fee of 50.00, financed (withheld from the proceeds)");
        assertThat(closing.getCell(2).getNumericCellValue()).isEqualTo(50.00);
        assertThat(termValue(terms, "Truth in Lending").getStringCellValue()).contains("12 CFR 1026.18", "Appendix J");
        assertThat(termValue(terms, "Amount financed").getNumericCellValue()).isEqualTo(950.00);
        assertThat(termValue(terms, "Finance charge").getNumericCellValue()).isEqualTo(150.00);
        assertThat(termValue(terms, "Total of payments").getNumericCellValue()).isEqualTo(1_100.00);
        assertThat(termValue(terms, "Annual percentage rate").getNumericCellValue()).isCloseTo(0.1579, within(1e-12));
        assertThat(termRow(terms, "Annual percentage rate").getCell(2).getStringCellValue()).contains("not a formula");

        // Two points, paid in cash: 2% of 1,000 = 20.00.
        Sheet points = written(oneYear(List.of(ClosingFee.ofRate(new BigDecimal("0.02"), false))), LocalDate.of(2025, 3, 1))
                .getSheet("Terms");
        assertThat(termRow(points, "Closing fee 1").getCell(1).getStringCellValue())
                .isEqualTo("origination fee of 2% of the principal, paid in cash at closing");
        assertThat(termRow(points, "Closing fee 1").getCell(2).getNumericCellValue()).isEqualTo(20.00);
        assertThat(termValue(points, "Amount financed").getNumericCellValue()).isEqualTo(980.00);
    }

    @Test
    void the2003NotesBoxIsItsPrincipalAndItsPayments() throws Exception {
        // 28 payments of 1,500.00 and the 151,500.00 balloon: 193,500.00 of payments, 43,500.00 of finance charge on
        // 150,000.00 financed. The APR is core's (its first period runs 13 August to 12 September, which Appendix J
        // counts as a fraction of a month), to the hundredth.
        NoteTerms note = NoteProjectionWorkbookTest.example("INFINITE-2003").terms();
        Sheet terms = written(note, LocalDate.of(2004, 6, 30)).getSheet("Terms");
        assertThat(termValue(terms, "Amount financed").getNumericCellValue()).isEqualTo(150_000.00);
        assertThat(termValue(terms, "Finance charge").getNumericCellValue()).isEqualTo(43_500.00);
        assertThat(termValue(terms, "Total of payments").getNumericCellValue()).isEqualTo(193_500.00);
        TruthInLendingDisclosure box = NoteDisclosure.of(ScheduleResolver.resolve(note)).orElseThrow();
        assertThat(termValue(terms, "Annual percentage rate").getNumericCellValue())
                .isEqualTo(box.apr().percentHundredths().movePointLeft(2).doubleValue());
        assertThat(termValue(terms, "Annual percentage rate").getNumericCellValue()).isCloseTo(0.12, within(0.0005));
    }

    /** Core StructuredScheduleTest's revolving line: $100,000 at 8% ACT/360 to 1 July 2024, a 0.5% commitment fee. */
    static NoteTerms revolvingLine() {
        return NoteTerms.builder("LINE-2024").borrower("B").principal("100000.00").annualRate("0.08")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 7, 1))
                .amortization(Amortization.INTEREST_ONLY).accrualBasis(DayCounts.ACT_360)
                .structure(new StructureTerms(null, List.of(usd(2024, 1, 1, "40000.00"), usd(2024, 3, 15, "45000.00")),
                        null, List.of()).revolving(List.of(usd(2024, 2, 10, "15000.00"), usd(2024, 5, 20, "70000.00")),
                        new BigDecimal("0.005")))
                .build();
    }

    private static DatedAmount usd(int year, int month, int day, String amount) {
        return new DatedAmount(LocalDate.of(year, month, day), Money.of(new BigDecimal(amount), "USD"));
    }

    @Test
    void aRevolvingLinesFeeHasItsColumnAndCountsOnceInThePayments() throws Exception {
        // Fees by row (core's hand figures): 60,000 × 0.5% × 31/360 = 25.83 on 1 February; 28.33, 21.66, 12.50,
        // 24.59 and the last 30 days on the whole 100,000 undrawn, 41.67 — 154.58 in all. Interest 275.56 + 191.11
        // + 342.22 + 466.67 + 295.56 = 1,571.12; payments: those, the fees, 15,000 + 70,000 repaid, 45,000 drawn =
        // 1,571.12 + 154.58 + 40,000.00 = 41,725.70.
        NoteTerms line = revolvingLine();
        Schedule s = ScheduleResolver.resolve(line);
        LocalDate asOf = LocalDate.of(2024, 2, 20);
        NoteMeasures m = NotePricer.measures(s, asOf, Position.atPar(line).priceAt(s, asOf), FlatRate.of(0.07));
        Path file = dir.resolve("line.xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(s, m, FlatRate.of(0.07)).writeTo(wb));
        XSSFWorkbook book = Gnumeric.recalculate(file);
        Sheet schedule = book.getSheet("Schedule");
        int fee = column(schedule, "Fee");
        int payment = column(schedule, "Payment");
        int interest = column(schedule, "Interest");
        double[] fees = {25.83, 0, 28.33, 0, 21.66, 12.50, 0, 24.59, 41.67};
        for (int i = 0; i < fees.length; i++) {
            Row r = schedule.getRow(i + 1);
            assertThat(r.getCell(fee).getNumericCellValue()).as("fee of row %d", i + 1).isCloseTo(fees[i], within(CENT));
        }
        // 1 February: 275.56 of interest and 25.83 of fee, paid together.
        assertThat(schedule.getRow(1).getCell(interest).getNumericCellValue()).isEqualTo(275.56);
        assertThat(schedule.getRow(1).getCell(payment).getNumericCellValue()).isEqualTo(301.39);
        Sheet summary = book.getSheet("Summary");
        assertThat(StructuredNoteProjectionTest.summary(book, NoteProjectionWorkbook.TOTAL_FEES_ROW)).isCloseTo(154.58, within(CENT));
        assertThat(StructuredNoteProjectionTest.summary(book, NoteProjectionWorkbook.TOTAL_INTEREST_ROW))
                .isCloseTo(1_571.12, within(CENT));
        assertThat(StructuredNoteProjectionTest.summary(book, NoteProjectionWorkbook.TOTAL_PAYMENTS_ROW))
                .isCloseTo(41_725.70, within(CENT));
        assertThat(summary.getRow(NoteProjectionWorkbook.TOTAL_FEES_ROW - 1).getCell(2).getNumericCellValue())
                .isCloseTo(154.58, within(CENT));

        // Every Summary formula against the engine, on the line at its start, between its draws and fully drawn.
        NoteProjectionWorkbookTest check = new NoteProjectionWorkbookTest();
        check.dir = dir;
        for (LocalDate d : new LocalDate[] {LocalDate.of(2024, 1, 1), asOf, LocalDate.of(2024, 4, 20)}) {
            check.exportAndRecalculate(Position.atPar(line), d, FlatRate.of(0.07));
        }
    }

    @Test
    void thePortfolioFlowsShowTheFeeApartFromThePrincipal() throws Exception {
        Path file = dir.resolve("portfolio.xlsx");
        WorkbookExports.portfolioProjection(List.of(Position.atPar(revolvingLine())).iterator(), LocalDate.of(2024, 2, 20),
                FlatRate.of(0.07), StreamedTable.EXCEL_ROW_LIMIT, file);
        try (XSSFWorkbook wb = Gnumeric.recalculate(file)) {
            Sheet flows = wb.getSheet("Flows");
            int fee = column(flows, "Fee");
            Row first = flows.getRow(1);
            // 1 February: interest 275.56, no principal, the fee 25.83, the payment 301.39 — interest + principal + fee.
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(275.56);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(0.0);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(301.39);
            assertThat(first.getCell(fee).getNumericCellValue()).isEqualTo(25.83);
            // 10 February: the 15,000 repaid is principal, no fee (the cell is left empty).
            Row repaid = flows.getRow(2);
            assertThat(repaid.getCell(6).getNumericCellValue()).isEqualTo(15_000.00);
            assertThat(repaid.getCell(fee)).isNull();
            // The last row: the fee of 41.67 alone.
            Row last = flows.getRow(9);
            assertThat(last.getCell(fee).getNumericCellValue()).isEqualTo(41.67);
            assertThat(last.getCell(6).getNumericCellValue()).isEqualTo(0.0);
        }
    }
}
