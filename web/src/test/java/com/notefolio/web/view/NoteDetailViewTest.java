package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.testing.Note2003Sheets;
import com.notefolio.web.testing.StoredPortfolios;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.money.MonetaryAmount;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The note screen on the 2003 promissory note ($150,000 at 12%, 28 monthly $1,500.00 interest payments
 * and a $151,500.00 balloon on 2006-01-12), a copy whose balloon is $500 short, and one whose borrower is
 * markup. Figures are checked against the stated document and the core's pricer on the same inputs.
 */
@SpringBootTest
class NoteDetailViewTest extends KaribuViews {

    private static final NoteTerms NOTE_2003 = PortfolioGenerator.promissoryNote2003();
    private static final LocalDate ISSUE = LocalDate.of(2003, 8, 13);

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    com.notefolio.web.portfolio.IndexDataStore indexData;

    long portfolio;

    @BeforeEach
    void storeAndSignIn() {
        NoteTerms.Builder shortBalloon = NOTE_2003.toBuilder().id("SHORT-2003").clearStatedSchedule();
        for (int i = 0; i < 28; i++) {
            shortBalloon.addStatedPayment(LocalDate.of(2003, 9, 12).plusMonths(i), new BigDecimal("1500.00"));
        }
        shortBalloon.addStatedPayment(LocalDate.of(2006, 1, 12), new BigDecimal("151000.00"));
        NoteTerms html = NOTE_2003.toBuilder().id("HTML-<i>1</i>").borrower("<b>x</b>").build();
        portfolio = new StoredPortfolios(portfolios, notes, transaction).store("detail", List.of(
                Position.atPar(NOTE_2003), Position.atPar(shortBalloon.build()), Position.atPar(html)));
        signIn("ann", "ANALYST");
    }

    private void open(String noteId) {
        long row = notes.page(portfolio, NoteFilter.ALL, List.of(), 0, 10).stream()
                .filter(n -> n.noteId().equals(noteId)).findFirst().orElseThrow().id();
        UI.getCurrent().navigate("notes/" + portfolio + "/" + row);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NoteDetailView.class);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void theNoteOf2003ShowsItsDisclosureBoxAndAPayoffQuoteForATypedDate() {
        open("INFINITE-2003");
        // The box: financed 150,000.00 (no closing fees); 28 × 1,500.00 + 151,500.00 = 193,500.00 paid; finance
        // charge 43,500.00; 1% a month on the principal returned whole at the end is an APR of 12.00%.
        assertThat(text("disclosure-amount-financed")).isEqualTo("150,000.00 USD");
        assertThat(text("disclosure-finance-charge")).isEqualTo("43,500.00 USD");
        assertThat(text("disclosure-total-of-payments")).isEqualTo("193,500.00 USD");
        assertThat(text("disclosure-apr")).isEqualTo("12.00%");

        // The payoff date starts at the screen's as-of date: the matured note is valued at its issue date, on
        // which nothing can be paid off yet, so the field says why rather than quoting.
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("payoff-date"));
        assertThat(date.getValue()).isEqualTo(ISSUE);
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("outside the life of note INFINITE-2003");

        // 27 March 2004: the installment of 12 March paid, 150,000.00 owed; the note is PERIODIC, so the current
        // period's 1,500.00 accrues by its days: 12 March to 12 April is 31 days, 15 elapsed, 1,500 × 15/31 =
        // 725.806… → 725.81; prepayable without penalty, nothing late; total 150,725.81. Per diem on ACT/365F
        // (a PERIODIC note counts no days): 150,000 × 12% ÷ 365 = 49.315… → 49.32.
        HasValueUtilsKt._setValue(date, LocalDate.of(2004, 3, 27));
        assertThat(date.isInvalid()).isFalse();
        assertThat(text("payoff-principal")).isEqualTo("150,000.00 USD");
        assertThat(text("payoff-accrued-interest")).isEqualTo("725.81 USD");
        assertThat(text("payoff-premium")).isEqualTo("0.00 USD");
        assertThat(text("payoff-late-charges")).isEqualTo("0.00 USD");
        assertThat(text("payoff-total")).isEqualTo("150,725.81 USD");
        assertThat(text("payoff-per-diem")).isEqualTo("49.32 USD");

        // On its maturity date the note is repaid by its schedule, not paid off.
        HasValueUtilsKt._setValue(date, LocalDate.of(2006, 1, 12));
        assertThat(date.isInvalid()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("payoff-total"))).isEmpty();
    }

    @Test
    void theNoteOf2003ShowsExactlyItsStatedSchedule() {
        open("INFINITE-2003");
        @SuppressWarnings("unchecked")
        Grid<Object> schedule = _get(Grid.class, spec -> spec.withId("schedule"));
        assertThat(GridKt._size(schedule)).isEqualTo(29);
        for (int i = 0; i < 28; i++) {
            assertThat(GridKt._getFormattedRow(schedule, i)).containsExactly(Integer.toString(i + 1),
                    LocalDate.of(2003, 9, 12).plusMonths(i).toString(), "12%", "1,500.00", "1,500.00", "0.00", "150,000.00");
        }
        assertThat(GridKt._getFormattedRow(schedule, 28))
                .containsExactly("29", "2006-01-12", "12%", "151,500.00", "1,500.00", "150,000.00", "0.00");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reconciliation-verdict")).getText())
                .startsWith("The stated table agrees with the terms");
        assertThat(_find(Grid.class, spec -> spec.withId("discrepancies"))).isEmpty();
    }

    @Test
    void everyTermIsShownAndTheEventsOfDefaultInTheDocumentsWords() {
        open("INFINITE-2003");
        assertThat(_get(H2.class, spec -> spec.withId("note-title")).getText()).isEqualTo("INFINITE-2003");
        assertThat(text("term-borrower")).isEqualTo("Infinite Group, Inc.");
        assertThat(text("term-borrower-address")).isEqualTo("595 Blossom Road, Suite 309, Rochester, NY 14610");
        assertThat(text("term-lender")).isEqualTo("Carle C. Conway");
        assertThat(text("term-lender-address")).isEqualTo("10113 NE Kitsap Street, Bainbridge Island, WA 98110");
        assertThat(text("term-principal")).isEqualTo("150,000.00 USD");
        assertThat(text("term-annual-rate")).isEqualTo("12%");
        assertThat(text("term-issue-date")).isEqualTo("2003-08-13");
        assertThat(text("term-maturity-date")).isEqualTo("2006-01-12");
        assertThat(text("term-frequency")).isEqualTo("Monthly");
        assertThat(text("term-amortization")).isEqualTo("Stated");
        assertThat(text("term-stated-payments")).isEqualTo("29 dated payments");
        assertThat(text("term-day-count")).isEqualTo("PERIODIC");
        assertThat(text("term-prepayment-allowed")).isEqualTo("yes");
        assertThat(text("term-prepayment-penalty")).isEqualTo("0%");
        assertThat(text("term-lockout-until")).isEqualTo("—");
        assertThat(text("term-cure-days")).isEqualTo("10");
        assertThat(text("term-default-rate")).isEqualTo("none (the note rate runs on)");
        assertThat(text("term-accelerates")).isEqualTo("yes");
        assertThat(text("term-collection-costs")).isEqualTo("yes");
        assertThat(text("term-secured")).isEqualTo("yes");
        assertThat(text("term-collateral")).isEqualTo("Collateral Security Agreement of even date");
        assertThat(text("term-collateral-value")).isEqualTo("—");
        assertThat(text("term-governing-law")).isEqualTo("New York");
        OrderedList events = _get(OrderedList.class, spec -> spec.withId("term-events-of-default"));
        assertThat(_find(events, ListItem.class)).extracting(ListItem::getText)
                .containsExactlyElementsOf(NOTE_2003.defaults().events()).hasSize(4);
    }

    /** Σ CF × (1 + r)^−(days/365) over the 2003 note's stated flows after {@code asOf}: XNPV by hand. */
    private static double xnpv2003(double rate, LocalDate asOf) {
        double npv = 0;
        for (int i = 0; i < 29; i++) {
            LocalDate due = i < 28 ? LocalDate.of(2003, 9, 12).plusMonths(i) : LocalDate.of(2006, 1, 12);
            if (due.isAfter(asOf)) {
                npv += (i < 28 ? 1500 : 151500) * Math.pow(1 + rate, -ChronoUnit.DAYS.between(asOf, due) / 365.0);
            }
        }
        return npv;
    }

    private static BigDecimal amountOf(String shown) {
        return new BigDecimal(shown.replace(" USD", "").replace(",", ""));
    }

    private static NoteMeasures pricer(LocalDate asOf, double rate, MonetaryAmount price) {
        return NotePricer.measures(ScheduleResolver.resolve(NOTE_2003), asOf, price, FlatRate.of(rate));
    }

    @Test
    void measuresFollowTheDiscountRateAndPriceAndEqualThePricers() {
        open("INFINITE-2003");
        // Matured long ago: the screen opens on the issue date, at the note's 12%, at par.
        assertThat(_get(DatePicker.class, spec -> spec.withId("as-of")).getValue()).isEqualTo(ISSUE);
        assertThat(field("discount-rate").getValue()).isEqualTo("12");
        assertThat(field("price").getValue()).isEmpty();
        String npvAt12 = text("measure-npv");
        assertThat(amountOf(npvAt12).doubleValue()).isCloseTo(xnpv2003(0.12, ISSUE), Offset.offset(0.005 + 1e-9));
        NoteMeasures at12 = pricer(ISSUE, 0.12, null);
        assertThat(npvAt12).isEqualTo(DisplayFormat.money(BigDecimal.valueOf(at12.npv()), "USD"));
        assertThat(text("measure-yield")).isEqualTo(DisplayFormat.percent(at12.yield(), 4));
        assertThat(text("measure-outstanding")).isEqualTo("150,000.00 USD");
        assertThat(text("measure-accrued")).isEqualTo("0.00 USD");
        // No price given: par, 150,000.00 of 150,000.00 outstanding.
        assertThat(text("measure-price")).isEqualTo("150,000.00 USD · 100.00% of par (no price given)");

        HasValueUtilsKt._setValue(field("discount-rate"), "8");
        NoteMeasures at8 = pricer(ISSUE, 0.08, null);
        assertThat(text("measure-npv")).isNotEqualTo(npvAt12)
                .isEqualTo(DisplayFormat.money(BigDecimal.valueOf(at8.npv()), "USD"));
        assertThat(amountOf(text("measure-npv")).doubleValue()).isCloseTo(xnpv2003(0.08, ISSUE), Offset.offset(0.005 + 1e-9));
        assertThat(text("measure-dv01")).isEqualTo(DisplayFormat.number(at8.dv01(), 4) + " USD");
        // The yield is the price's, not the discount rate's.
        assertThat(text("measure-yield")).isEqualTo(DisplayFormat.percent(at12.yield(), 4));

        LocalDate asOf = LocalDate.of(2004, 2, 27);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("as-of")), asOf);
        HasValueUtilsKt._setValue(field("price"), "140,000");
        NoteMeasures m = pricer(asOf, 0.08, Money.of(new BigDecimal("140000.00"), "USD"));
        // 140,000.00 ÷ 150,000.00 outstanding (interest-only: all of it) = 93.333…% of par.
        assertThat(text("measure-price")).isEqualTo("140,000.00 USD · 93.33% of par");
        // Between due dates: the accrued interest is the core's exact figure, and it is not zero.
        assertThat(m.accruedInterestMinor()).isPositive();
        assertThat(text("measure-accrued")).isEqualTo(DisplayFormat.money(m.accruedInterest()));
        assertThat(text("measure-npv")).isEqualTo(DisplayFormat.money(BigDecimal.valueOf(m.npv()), "USD"));
        assertThat(text("measure-yield")).isEqualTo(DisplayFormat.percent(m.yield(), 4));
        assertThat(text("measure-nominal-yield")).isEqualTo(DisplayFormat.percent(m.yieldNominal(), 4));
        assertThat(text("measure-wal")).isEqualTo(DisplayFormat.number(m.walYears(), 4) + " years");
        assertThat(text("measure-macaulay")).isEqualTo(DisplayFormat.number(m.macaulayDuration(), 4) + " years");
        assertThat(text("measure-modified")).isEqualTo(DisplayFormat.number(m.modifiedDuration(), 4) + " years");
        assertThat(text("measure-convexity")).isEqualTo(DisplayFormat.number(m.convexity(), 4));
        assertThat(amountOf(text("measure-npv")).doubleValue()).isCloseTo(xnpv2003(0.08, asOf), Offset.offset(0.005 + 1e-9));
    }

    /**
     * FLOAT-SOFR-2023 of examples/notes-rates.csv, on its portfolio's index data. From the file: SOFR +
     * 2.75%, rounded to the nearest 1/8 %, semi-annual resets from 2023-07-15, a 45-day lookback, 1% periodic
     * cap and floor, 9% lifetime cap and 3.25% floor, 7.25% until the first reset. Its reset on 2024-01-15
     * reads SOFR on 2023-12-01 (the 2023-10-02 fixing, 5.31%): 8.06%, rounded to 8%. The discount margin
     * and effective duration are the core pricer's on the same index data; the fixed 2003 note has neither.
     */
    @Test
    void aFloatingNoteShowsItsRateTermsInWordsItsRatePerPeriodAndItsIndexMeasures() {
        List<Position> positions = StoredPortfolios.rateExamples();
        var index = StoredPortfolios.rateExampleIndexData();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("rates", positions);
        transaction.executeWithoutResult(status -> indexData.save(id, index));
        long row = notes.page(id, NoteFilter.ALL, List.of(), 0, 10).stream()
                .filter(n -> n.noteId().equals("FLOAT-SOFR-2023")).findFirst().orElseThrow().id();
        UI.getCurrent().navigate("notes/" + id + "/" + row);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NoteDetailView.class);

        assertThat(text("term-rate-kind")).isEqualTo("Floating");
        assertThat(text("term-index")).isEqualTo("SOFR");
        assertThat(text("term-reset-rule")).startsWith("SOFR + 2.75%, rounded to the nearest 0.125%;");
        assertThat(text("term-spread")).isEqualTo("2.75%");
        assertThat(text("term-first-reset")).isEqualTo(DisplayFormat.date(LocalDate.of(2023, 7, 15)));
        assertThat(text("term-lookback")).isEqualTo("45 calendar days before each reset (the latest fixing on or before)");
        assertThat(text("term-initial-rate")).isEqualTo("7.25%");
        assertThat(text("term-periodic-cap")).isEqualTo("1%");
        assertThat(text("term-lifetime-cap")).isEqualTo("9%");
        assertThat(text("term-lifetime-floor")).isEqualTo("3.25%");
        assertThat(text("term-max-lawful-rate")).isEqualTo("none stated");

        @SuppressWarnings("unchecked")
        Grid<com.notefolio.web.note.ScheduleRow> schedule = _get(Grid.class, spec -> spec.withId("schedule"));
        List<com.notefolio.web.note.ScheduleRow> rows = GridKt._findAll(schedule);
        int first = rows.get(0).rate().compareTo(new BigDecimal("0.0725"));
        assertThat(first).as("7.25% until the first reset").isZero();
        int afterReset = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).dueDate().isAfter(LocalDate.of(2024, 1, 15))).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(schedule, afterReset)).contains("8%");

        LocalDate asOf = LocalDate.of(2024, 6, 30);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("as-of")), asOf);
        HasValueUtilsKt._setValue(field("discount-rate"), "8");
        Position sofr = positions.stream().filter(p -> p.terms().id().equals("FLOAT-SOFR-2023")).findFirst().orElseThrow();
        NoteMeasures m = com.notefolio.core.portfolio.PositionPricer.price(sofr, asOf, FlatRate.of(0.08),
                index.indexData(), List.of()).measures();
        assertThat(m.discountMargin()).isNotNull();
        assertThat(text("measure-discount-margin")).isEqualTo(DisplayFormat.number(m.discountMargin() * 10_000, 1) + " bp");
        assertThat(text("measure-effective-duration")).isEqualTo(DisplayFormat.number(m.effectiveDuration(), 4) + " years");

        open("INFINITE-2003");
        assertThat(text("term-rate-kind")).isEqualTo("Fixed");
        assertThat(text("measure-discount-margin")).isEqualTo("n/a (the rate follows no index)");
        assertThat(text("measure-effective-duration")).isEqualTo("n/a (the rate follows no index)");
    }

    /**
     * The 2003 note made payable "on the 12th day of each month" (its first payment date's day), a due date on a weekend or a USNY holiday moving to
     * the next business day unless that is next month, interest to the moved date; the 2003 note moves none.
     */
    @Test
    void businessDaysAndThePaymentDayAreStatedInWords() {
        NoteTerms moved = NOTE_2003.toBuilder().id("BIZ-2003").clearStatedSchedule()
                .amortization(com.notefolio.core.note.Amortization.INTEREST_ONLY)
                .conventions(NOTE_2003.conventions().withPaymentDay(12).withBusinessDays(
                        new com.notefolio.core.convention.BusinessDayAdjustment(
                                com.notefolio.core.convention.BusinessCalendar.of("USNY"),
                                com.notefolio.core.convention.BusinessDayConvention.MODIFIED_FOLLOWING,
                                com.notefolio.core.convention.BusinessDayAdjustment.Accrual.ADJUSTED)))
                .build();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("biz", List.of(Position.atPar(moved)));
        long row = notes.findByNoteId(id, "BIZ-2003").orElseThrow().id();
        UI.getCurrent().navigate("notes/" + id + "/" + row);
        assertThat(text("term-business-days")).isEqualTo("modified following on USNY, interest to the moved date");
        assertThat(text("term-payment-day")).isEqualTo("day 12 of each month (the last day in a shorter month)");

        open("INFINITE-2003");
        assertThat(text("term-business-days")).isEqualTo("no business-day adjustment");
        assertThat(text("term-payment-day")).isEqualTo("the first payment date's day of the month");
    }

    @Test
    void badInputMarksItsFieldAndKeepsTheFigures() {
        open("INFINITE-2003");
        String npv = text("measure-npv");
        HasValueUtilsKt._setValue(field("discount-rate"), "twelve");
        assertThat(field("discount-rate").isInvalid()).isTrue();
        assertThat(field("discount-rate").getErrorMessage())
                .isEqualTo("\"twelve\" is not a percentage: enter a number such as 8.5.");
        assertThat(text("measure-npv")).isEqualTo(npv);

        HasValueUtilsKt._setValue(field("price"), "1.234");
        assertThat(field("price").isInvalid()).isTrue();
        assertThat(field("price").getErrorMessage()).isEqualTo("A price in USD has at most 2 decimals.");

        HasValueUtilsKt._setValue(field("discount-rate"), "-150");
        assertThat(field("discount-rate").getErrorMessage()).contains("above -100%");
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("as-of")), null);
        assertThat(_get(DatePicker.class, spec -> spec.withId("as-of")).isInvalid()).isTrue();
        assertThat(text("measure-npv")).isEqualTo(npv);

        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("as-of")), ISSUE);
        HasValueUtilsKt._setValue(field("price"), "");
        HasValueUtilsKt._setValue(field("discount-rate"), "8");
        assertThat(field("discount-rate").isInvalid()).isFalse();
        assertThat(field("price").isInvalid()).isFalse();
        assertThat(text("measure-npv"))
                .isEqualTo(DisplayFormat.money(BigDecimal.valueOf(pricer(ISSUE, 0.08, null).npv()), "USD"));
    }

    @Test
    void theDownloadIsTheProjectionWorkbookAtTheValuationOnScreen() throws Exception {
        open("INFINITE-2003");
        HasValueUtilsKt._setValue(field("discount-rate"), "9.5");
        Anchor download = _get(Anchor.class, spec -> spec.withId("download-projection"));
        assertThat(download.getText()).contains("INFINITE-2003-projection.xlsx");
        byte[] bytes = DownloadKt._download(download);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getSheet("Terms").getRow(1).getCell(1).getStringCellValue()).isEqualTo("INFINITE-2003");
            assertThat(book.getSheet("Assumptions").getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(ISSUE);
            assertThat(book.getSheet("Assumptions").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.095);
            Note2003Sheets.assertSchedule(book.getSheet("Schedule"));
        }
    }

    @Test
    void aShortBalloonIsReportedAgainstTheTerms() {
        open("SHORT-2003");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reconciliation-verdict")).getText())
                .isEqualTo("1 stated payment disagrees with what the terms make due.");
        @SuppressWarnings("unchecked")
        Grid<Object> discrepancies = _get(Grid.class, spec -> spec.withId("discrepancies"));
        assertThat(GridKt._size(discrepancies)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(discrepancies, 0)).containsExactly("2006-01-12", "151,000.00 USD",
                "151,500.00 USD", "-500.00 USD", "the final stated payment differs from the balance plus interest");
    }

    @Test
    void markupInTheNoteIsShownAsText() {
        open("HTML-<i>1</i>");
        assertThat(_get(H2.class, spec -> spec.withId("note-title")).getText()).isEqualTo("HTML-<i>1</i>");
        assertThat(text("term-borrower")).isEqualTo("<b>x</b>");
        assertThat(_find(Html.class)).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("download-projection")).getText())
                .contains("HTML-_i_1__i_-projection.xlsx");
    }

    @Test
    void aNoteOfAnotherPortfolioOrNoneIsSaidPlainly() {
        long other = new StoredPortfolios(portfolios, notes, transaction).store("other", List.of());
        long row = notes.page(portfolio, NoteFilter.ALL, List.of(), 0, 1).get(0).id();
        UI.getCurrent().navigate("notes/" + other + "/" + row);
        assertThat(_get(H2.class, spec -> spec.withId("no-note")).getText()).isEqualTo("No such note");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Portfolio " + other + " has no note " + row + ".");
    }

    /** The linear interpolation of the 1y 5%, 2y 7% curve, held flat outside: the curve typed below, by hand. */
    private static double zero(double years, double shift) {
        double z = years <= 1 ? 0.05 : years >= 2 ? 0.07 : 0.05 + (years - 1) * 0.02;
        return z + shift;
    }

    /** Σ CF × (1 + z(t))^−t, t = days/365, over the 2003 note's stated flows after {@code asOf}: by hand. */
    private static double npvOnCurve2003(LocalDate asOf, double shift) {
        double npv = 0;
        for (int i = 0; i < 29; i++) {
            LocalDate due = i < 28 ? LocalDate.of(2003, 9, 12).plusMonths(i) : LocalDate.of(2006, 1, 12);
            if (due.isAfter(asOf)) {
                double t = ChronoUnit.DAYS.between(asOf, due) / 365.0;
                npv += (i < 28 ? 1500 : 151500) * Math.pow(1 + zero(t, shift), -t);
            }
        }
        return npv;
    }

    /** The sensitivity table's body rows, each as its cells' texts. */
    private static List<List<String>> ladderRows() {
        Component table = _get(Component.class, spec -> spec.withId("note-sensitivity-table"));
        return _find(table, NativeTableRow.class).stream().skip(1)
                .map(row -> _find(row, NativeTableCell.class).stream().map(c -> c.getElement().getTextRecursively())
                        .toList()).toList();
    }

    private static void typeCurve() {
        HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withId("discount-kind")), "Zero curve");
        HasValueUtilsKt._setValue(field("curve-tenor-0"), "1");
        HasValueUtilsKt._setValue(field("curve-rate-0"), "5");
        _click(_get(Button.class, spec -> spec.withId("curve-add-point")));
        HasValueUtilsKt._setValue(field("curve-tenor-1"), "2");
        HasValueUtilsKt._setValue(field("curve-rate-1"), "7");
    }

    @Test
    void aTypedZeroCurveValuesTheNoteAndItsLadderAsTheCore() {
        open("INFINITE-2003");
        String flatNpv = text("measure-npv");
        typeCurve();
        var schedule = ScheduleResolver.resolve(NOTE_2003);
        double[] tenors = {1, 2};
        ZeroCurve curve = ZeroCurve.of(tenors, new double[] {0.05, 0.07});
        NoteMeasures m = NotePricer.measures(schedule, ISSUE, null, curve);
        assertThat(text("measure-npv")).isNotEqualTo(flatNpv)
                .isEqualTo(DisplayFormat.money(BigDecimal.valueOf(m.npv()), "USD"));
        // Shown to the cent: within half a cent of the hand-discounted sum.
        assertThat(amountOf(text("measure-npv")).doubleValue())
                .isCloseTo(npvOnCurve2003(ISSUE, 0), Offset.offset(0.005 + 1e-9));

        int[] shifts = {-200, -100, -50, 0, 50, 100, 200};
        List<List<String>> rows = ladderRows();
        assertThat(rows).hasSize(shifts.length);
        for (int i = 0; i < shifts.length; i++) {
            double bp = shifts[i] * 1e-4;
            // The core's NPV on a curve built with every rate moved, not through the curve's own shift.
            double shifted = NotePricer.presentValue(schedule, ISSUE,
                    ZeroCurve.of(tenors, new double[] {0.05 + bp, 0.07 + bp}));
            assertThat(rows.get(i).get(1)).isEqualTo(DisplayFormat.amount(BigDecimal.valueOf(shifted), "USD"));
            assertThat(new BigDecimal(rows.get(i).get(1).replace(",", "")).doubleValue())
                    .isCloseTo(npvOnCurve2003(ISSUE, bp), Offset.offset(0.005 + 1e-9));
            double change = new BigDecimal(rows.get(i).get(2).replace(",", "").replace("+", "")).doubleValue();
            // Rounded to the cent for display: within half a cent of the unrounded difference.
            assertThat(change).isCloseTo(shifted - m.npv(), Offset.offset(0.005 + 1e-9));
        }
        assertThat(rows.get(3)).containsExactly("0 bp (base)", DisplayFormat.amount(BigDecimal.valueOf(m.npv()), "USD"),
                "0.00");
        // Rates up, value down: the +200 bp rung is below the base and the −200 bp one above.
        assertThat(rows.get(6).get(2)).startsWith("-");
        assertThat(rows.get(0).get(2)).startsWith("+");
    }

    @Test
    void anUploadedCurveWithABadRateIsRefusedNamingItsLine() {
        open("INFINITE-2003");
        typeCurve();
        String npv = text("measure-npv");
        DiscountField discount = _get(DiscountField.class);
        discount.curveReceived("curve.csv", "tenor,rate\n1,0.05\n2,abc\n".getBytes(StandardCharsets.UTF_8));
        Span error = _get(Span.class, spec -> spec.withId("curve-error"));
        assertThat(error.isVisible()).isTrue();
        // The header is line 1: the rate "abc" is on line 3.
        assertThat(error.getText()).contains("curve.csv:3").contains("column rate").contains("abc");
        assertThat(field("curve-rate-1").getValue()).isEqualTo("7");
        assertThat(text("measure-npv")).isEqualTo(npv);

        discount.curveReceived("curve.csv", "tenor,rate\n6M,4%\n3Y,0.06\n".getBytes(StandardCharsets.UTF_8));
        assertThat(error.isVisible()).isFalse();
        assertThat(field("curve-tenor-0").getValue()).isEqualTo("0.5");
        assertThat(field("curve-rate-1").getValue()).isEqualTo("6");
        NoteMeasures m = NotePricer.measures(ScheduleResolver.resolve(NOTE_2003), ISSUE, null,
                ZeroCurve.of(new double[] {0.5, 3}, new double[] {0.04, 0.06}));
        assertThat(text("measure-npv")).isEqualTo(DisplayFormat.money(BigDecimal.valueOf(m.npv()), "USD"));
    }

    @Test
    void signedOutUsersAreSentToSignIn() {
        signOut();
        long row = notes.page(portfolio, NoteFilter.ALL, List.of(), 0, 1).get(0).id();
        UI.getCurrent().navigate("notes/" + portfolio + "/" + row);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
