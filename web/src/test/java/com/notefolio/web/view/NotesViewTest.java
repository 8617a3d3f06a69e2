package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.NoteListing;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.testing.StoredPortfolios;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteTotals;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notes browser on the examples and 59 generated notes: counts and filters agree with what this
 * test computes from the stored positions; sorting, query parameters, opening a note, unknown portfolios
 * and HTML in names.
 */
@SpringBootTest
class NotesViewTest extends KaribuViews {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IndexDataStore indexData;

    final List<Position> positions = new ArrayList<>();
    long portfolio;

    @BeforeEach
    void storeAndSignIn() {
        positions.addAll(StoredPortfolios.examples());
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(7, 60);
        // Note 0 of the generator is the 2003 note, already among the examples.
        IntStream.range(1, 60).mapToObj(generator::note).forEach(positions::add);
        portfolio = new StoredPortfolios(portfolios, notes, transaction).store("browser", positions);
        signIn("ann", "ANALYST");
    }

    @SuppressWarnings("unchecked")
    private static Grid<NoteListing> grid() {
        return _get(Grid.class, spec -> spec.withId("notes"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> combo(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    private static String countText() {
        return _get(Span.class, spec -> spec.withId("notes-count")).getText();
    }

    private long matching(Predicate<NoteTerms> filter) {
        return positions.stream().map(Position::terms).filter(filter).count();
    }

    private void open() {
        UI.getCurrent().navigate(NotesView.class, portfolio);
    }

    @Test
    void theGridCountsEveryNoteAndShowsTheFirstPageInFileOrder() {
        open();
        assertThat(countText()).isEqualTo("67 notes");
        assertThat(GridKt._size(grid())).isEqualTo(67);
        // Straight from examples/notes.csv: 150000.00 USD at 0.12, 10.65%, 10000000 JPY.
        assertThat(GridKt._getFormattedRow(grid(), 0).subList(0, 12)).containsExactly("2", "INFINITE-2003", "Infinite Group, Inc.",
                "Technology", "US-NY", "", "Stated", "USD", "150,000.00", "12.000%", "2003-08-13", "2006-01-12");
        assertThat(GridKt._getFormattedRow(grid(), 1).subList(0, 12)).containsExactly("3", "LC-1077501", "Borrower 1077501",
                "Consumer", "US-AZ", "B2", "Level payment", "USD", "5,000.00", "10.650%", "2011-12-01", "2014-12-01");
        assertThat(GridKt._getFormattedRow(grid(), 5)).contains("SAKURA-2023", "JPY", "10,000,000", "1.500%");
        assertThat(GridKt._fetch(grid(), 0, 67)).extracting(NoteListing::noteId)
                .containsExactlyElementsOf(positions.stream().map(p -> p.terms().id()).toList());
    }

    @Test
    void thePrincipalColumnFitsTheLargestPrincipalAndShowsTheFullAmountOnHover() {
        open();
        Grid.Column<NoteListing> principal = grid().getColumnByKey("principal");
        NoteListing first = GridKt._get(grid(), 0);
        assertThat(principal.getTooltipGenerator().apply(first)).isEqualTo("150,000.00 USD");
        // Sized for the widest figure of the portfolio, which the lazily loaded grid may not have fetched:
        // the widest is the 10,000,000 JPY note, written with two decimals as the column allows for any currency.
        String widest = positions.stream().map(p -> DisplayFormat.amount(p.terms().principal().getNumber()
                .numberValue(java.math.BigDecimal.class), "USD")).max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        assertThat(principal.getWidth()).isEqualTo("calc(" + (widest.length() + 1) + "ch + 2 * var(--lumo-space-m))");
        assertThat(principal.getFlexGrow()).isZero();
    }

    @Test
    void filtersNarrowTheNotesToThoseThatMatch() {
        open();
        String sector = positions.get(20).terms().sector();
        HasValueUtilsKt._setValue(combo("filter-sector"), Set.of(sector));
        long bySector = matching(t -> sector.equals(t.sector()));
        assertThat(bySector).isBetween(2L, 66L);
        assertThat(GridKt._size(grid())).isEqualTo(bySector);
        assertThat(countText()).isEqualTo(bySector + " of 67 notes match");
        HasValueUtilsKt._setValue(combo("filter-sector"), Set.of());

        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2030, 12, 31);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("filter-maturity-from")), from);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("filter-maturity-to")), to);
        long inRange = matching(t -> !t.maturityDate().isBefore(from) && !t.maturityDate().isAfter(to));
        assertThat(inRange).isBetween(2L, 66L);
        assertThat(GridKt._size(grid())).isEqualTo(inRange);
        assertThat(GridKt._findAll(grid())).allSatisfy(n -> assertThat(n.maturityDate()).isBetween(from, to));
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("filter-maturity-from")), null);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("filter-maturity-to")), null);

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "HARBOR");
        long text = matching(t -> contains(t.id(), "harbor") || contains(t.borrower().name(), "harbor")
                || contains(t.lender().name(), "harbor") || contains(t.security().collateral(), "harbor"));
        assertThat(text).isPositive();
        assertThat(GridKt._size(grid())).isEqualTo(text);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "");

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("filter-borrower")), "inc");
        long borrower = matching(t -> contains(t.borrower().name(), "inc"));
        assertThat(GridKt._size(grid())).isEqualTo(borrower).isPositive();
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }

    @Test
    void sortingByPrincipalDescendingPutsTheLargestFirst() {
        open();
        GridKt._sortByKey(grid(), "principal", SortDirection.DESCENDING);
        List<String> expected = positions.stream()
                .sorted(Comparator.comparing((Position p) -> NoteTerms.decimal(p.terms().principal())).reversed())
                .limit(3).map(p -> p.terms().id()).toList();
        assertThat(GridKt._fetch(grid(), 0, 3)).extracting(NoteListing::noteId).containsExactlyElementsOf(expected);
        BigDecimal largest = positions.stream().map(p -> NoteTerms.decimal(p.terms().principal()))
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(GridKt._get(grid(), 0).principal()).isEqualByComparingTo(largest);
    }

    @Test
    void queryParametersPreselectTheFilters() {
        String sector = positions.get(30).terms().sector();
        UI.getCurrent().navigate(NotesView.class, portfolio,
                QueryParameters.fromString("sector=" + sector.replace(" ", "%20") + "&maturityFrom=2024-06-01"));
        assertThat(combo("filter-sector").getValue()).containsExactly(sector);
        assertThat(_get(DatePicker.class, spec -> spec.withId("filter-maturity-from")).getValue())
                .isEqualTo(LocalDate.of(2024, 6, 1));
        long expected = matching(t -> sector.equals(t.sector()) && !t.maturityDate().isBefore(LocalDate.of(2024, 6, 1)));
        assertThat(GridKt._size(grid())).isEqualTo(expected);
        assertThat(countText()).isEqualTo(expected + " of 67 notes match");
    }

    @Test
    void aValueThePortfolioLacksFiltersToNothingAndABadDateIsReported() {
        UI.getCurrent().navigate(NotesView.class, portfolio,
                QueryParameters.fromString("sector=Nowhere&maturityTo=31.12.2030"));
        assertThat(combo("filter-sector").getValue()).containsExactly("Nowhere");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(_get(DatePicker.class, spec -> spec.withId("filter-maturity-to")).getValue()).isNull();
        NotificationsKt.expectNotifications(
                "maturityTo = \"31.12.2030\" is not a date (YYYY-MM-DD) and was left out of the filter.");
    }

    @Test
    void changingAFilterPutsItInTheAddress() {
        open();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        HasValueUtilsKt._setValue(combo("filter-amortization"), Set.of("STATED"));
        List<String> urls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(js -> js.getInvocation().getParameters().stream()).map(String::valueOf).toList();
        assertThat(urls).contains("notes/" + portfolio + "?amortization=STATED");
        assertThat(GridKt._size(grid())).isEqualTo(matching(t -> t.amortization().name().equals("STATED")));
    }

    private NotesView view() {
        return (NotesView) UI.getCurrent().getCurrentView();
    }

    /** The core's measures of a position at a date and flat rate, computed here without the web. */
    private NoteMeasures core(Position position, LocalDate asOf, double rate) {
        return PositionPricer.price(position, asOf, FlatRate.of(rate), indexData.load(portfolio).indexData(), List.of())
                .measures();
    }

    @Test
    void theEngineColumnsAreTheCoresFiguresAtTheAsOfDateAndRateOfTheAddress() {
        UI.getCurrent().navigate(NotesView.class, portfolio, QueryParameters.fromString("asOf=2004-01-01&rate=12"));
        assertThat(_get(DatePicker.class, spec -> spec.withId("valuation-as-of")).getValue())
                .isEqualTo(LocalDate.of(2004, 1, 1));
        assertThat(_get(TextField.class, spec -> spec.withId("valuation-rate")).getValue()).isEqualTo("12");
        // The 2003 note is interest-only: before its balloon the whole $150,000 is outstanding.
        assertThat(GridKt._getFormatted(grid(), 0, "noteId")).isEqualTo("INFINITE-2003");
        assertThat(GridKt._getFormatted(grid(), 0, "outstanding")).isEqualTo("150,000.00");
        NoteMeasures expected = core(positions.get(0), LocalDate.of(2004, 1, 1), 0.12);
        assertThat(expected.outstandingPrincipalMinor()).isEqualTo(15_000_000L);
        assertThat(GridKt._getFormatted(grid(), 0, "npv"))
                .isEqualTo(DisplayFormat.amount(BigDecimal.valueOf(expected.npv()), "USD"));
        assertThat(GridKt._getFormatted(grid(), 0, "yield")).isEqualTo(DisplayFormat.percent(expected.yield(), 3));
        // Carried at par: the price is 100% of the outstanding principal.
        assertThat(GridKt._getFormatted(grid(), 0, "pricePercent")).isEqualTo("100.00");
        // Hand-known: at par the 2003 note yields about 12.67% on Excel's XIRR basis (design.md), above the
        // 12% discount rate, so its NPV is above its price.
        assertThat(expected.yield()).isBetween(0.1260, 0.1275);
        assertThat(expected.npv()).isGreaterThan(150_000.0);

        // A rate typed in the field re-values the rows and goes in the address.
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("valuation-rate")), "20");
        // Read before the grid is asked again: a round trip to the (mock) browser sends the pending script.
        List<String> urls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(js -> js.getInvocation().getParameters().stream()).map(String::valueOf).toList();
        assertThat(urls).contains("notes/" + portfolio + "?asOf=2004-01-01&rate=20");
        NoteMeasures at20 = core(positions.get(0), LocalDate.of(2004, 1, 1), 0.20);
        assertThat(GridKt._getFormatted(grid(), 0, "npv"))
                .isEqualTo(DisplayFormat.amount(BigDecimal.valueOf(at20.npv()), "USD"));
        assertThat(at20.npv()).isLessThan(expected.npv());
    }

    @Test
    void theTotalsOfTwoSectorsAreTheSumsOfTheirNotes() {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        UI.getCurrent().navigate(NotesView.class, portfolio, QueryParameters.fromString("asOf=2024-06-30&rate=9"));
        List<String> sectors = positions.stream().map(p -> p.terms().sector()).filter(java.util.Objects::nonNull)
                .distinct().sorted().limit(2).toList();
        HasValueUtilsKt._setValue(combo("filter-sector"), Set.copyOf(sectors));
        List<Position> chosen = positions.stream().filter(p -> sectors.contains(p.terms().sector())).toList();
        assertThat(chosen.size()).isBetween(3, 66);
        assertThat(GridKt._size(grid())).isEqualTo(chosen.size());
        assertThat(countText()).isEqualTo(chosen.size() + " of 67 notes match");

        // Per currency, summed here: principal from the terms, outstanding and NPV from the core note by note.
        Map<String, Long> count = new TreeMap<>();
        Map<String, BigDecimal> principal = new TreeMap<>();
        Map<String, Long> outstanding = new TreeMap<>();
        Map<String, Double> npv = new TreeMap<>();
        for (Position p : chosen) {
            String c = p.terms().currency().getCurrencyCode();
            count.merge(c, 1L, Long::sum);
            principal.merge(c, NoteTerms.decimal(p.terms().principal()), BigDecimal::add);
            NoteMeasures m = core(p, asOf, 0.09);
            outstanding.merge(c, m.outstandingPrincipalMinor(), Long::sum);
            npv.merge(c, m.npv(), Double::sum);
        }
        NoteTotals totals = view().totals;
        assertThat(totals.valued()).isTrue();
        assertThat(totals.lines()).extracting(NoteTotals.Line::currency).containsExactlyElementsOf(count.keySet());
        for (NoteTotals.Line line : totals.lines()) {
            String c = line.currency();
            assertThat(line.notes()).isEqualTo(count.get(c));
            assertThat(line.principal()).isEqualByComparingTo(principal.get(c));
            assertThat(line.failed()).isZero();
            assertThat(line.outstandingMinor()).isEqualTo(outstanding.get(c));
            // NPVs are doubles summed in the same order; 1e-6 allows for any other order of the sum.
            assertThat(line.npv()).isCloseTo(npv.get(c), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("notes-total-" + c)).getText())
                    .contains(count.get(c) + (count.get(c) == 1 ? " note" : " notes"))
                    .contains("principal " + DisplayFormat.amount(principal.get(c), c))
                    .contains("outstanding " + DisplayFormat.minorAmount(outstanding.get(c), c));
        }
    }

    @Test
    void severalSectorsInTheAddressFilterToAnyOfThemAndADrillDownStaysExact() {
        List<String> sectors = positions.stream().map(p -> p.terms().sector()).filter(java.util.Objects::nonNull)
                .distinct().sorted().limit(2).toList();
        UI.getCurrent().navigate(NotesView.class, portfolio, QueryParameters.fromString("sector="
                + sectors.get(0).replace(" ", "%20") + "&sector=" + sectors.get(1).replace(" ", "%20")));
        assertThat(combo("filter-sector").getValue()).containsExactlyInAnyOrderElementsOf(sectors);
        assertThat(GridKt._size(grid())).isEqualTo(matching(t -> sectors.contains(t.sector())));

        String borrower = positions.get(1).terms().borrower().name();
        UI.getCurrent().navigate(NotesView.class, portfolio, QueryParameters.fromString("exactBorrower="
                + borrower.replace(" ", "%20") + "&currency=USD"));
        long exact = matching(t -> t.borrower().name().equals(borrower) && t.currency().getCurrencyCode().equals("USD"));
        assertThat(exact).isPositive();
        assertThat(GridKt._size(grid())).isEqualTo(exact);
        assertThat(_get(Span.class, spec -> spec.withId("filter-exact")).getText()).contains(borrower);
        assertThat(combo("filter-currency").getValue()).containsExactly("USD");
    }

    /** Two sectors, the 2003 note's (a STATED note, so the schedules file is needed) and another. */
    private List<String> technologyAndAnother() {
        String other = positions.stream().map(p -> p.terms().sector())
                .filter(x -> x != null && !x.equals("Technology")).findFirst().orElseThrow();
        return List.of("Technology", other);
    }

    @Test
    void theCsvDownloadReadsBackThroughTheCoresReaderAsTheListedNotes() throws Exception {
        List<String> sectors = technologyAndAnother();
        open();
        HasValueUtilsKt._setValue(combo("filter-sector"), Set.copyOf(sectors));
        List<Position> listed = positions.stream().filter(p -> sectors.contains(p.terms().sector())).toList();
        byte[] zip = com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-notes-csv")));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("notes-csv");
        List<String> entries = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                java.nio.file.Files.copy(in, dir.resolve(e.getName()));
            }
        }
        assertThat(entries).containsExactly("notes.csv", "schedules.csv", "rate-steps.csv", "draws.csv",
                "installments.csv");
        List<Position> back = new ArrayList<>();
        List<com.notefolio.core.io.InputError> errors = new ArrayList<>();
        try (com.notefolio.core.io.PortfolioCsvReader reader = com.notefolio.core.io.PortfolioCsvReader.open(
                dir.resolve("notes.csv"), com.notefolio.core.io.StatedScheduleCsvReader.read(dir.resolve("schedules.csv")),
                com.notefolio.core.io.RateStepCsvReader.read(dir.resolve("rate-steps.csv")), errors::add)) {
            reader.forEachRemaining(back::add);
        }
        assertThat(errors).isEmpty();
        assertThat(back).hasSameSizeAs(listed);
        assertThat(back.get(0).terms().id()).isEqualTo("INFINITE-2003");
        // The document's schedule: 28 interest payments of $1,500, then the $151,500 balloon.
        assertThat(back.get(0).terms().statedSchedule()).hasSize(29);
        assertThat(NoteTerms.decimal(back.get(0).terms().statedSchedule().get(28).amount()))
                .isEqualByComparingTo("151500");
        for (int i = 0; i < back.size(); i++) {
            // The portfolio CSV has no column for the document's events of default (the database keeps them).
            assertThat(back.get(i)).as(listed.get(i).terms().id()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .ignoringFields("terms.defaults.events").isEqualTo(listed.get(i));
        }
    }

    @Test
    void theWorkbookDownloadHoldsTheListedNotesWithTheCoresFigures() throws Exception {
        List<String> sectors = technologyAndAnother();
        UI.getCurrent().navigate(NotesView.class, portfolio, QueryParameters.fromString("asOf=2004-01-01&rate=12"));
        HasValueUtilsKt._setValue(combo("filter-sector"), Set.copyOf(sectors));
        List<Position> listed = positions.stream().filter(p -> sectors.contains(p.terms().sector())).toList();
        byte[] bytes = com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-notes-xlsx")));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Notes");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Note id");
            assertThat(sheet.getLastRowNum()).isEqualTo(listed.size());
            for (int i = 0; i < listed.size(); i++) {
                assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(listed.get(i).terms().id());
            }
            org.apache.poi.ss.usermodel.Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("INFINITE-2003");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Infinite Group, Inc.");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(150_000.0);
            // Outstanding before the balloon: the whole principal; NPV and yield as the core gives them.
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(150_000.0);
            NoteMeasures expected = core(positions.get(0), LocalDate.of(2004, 1, 1), 0.12);
            assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(expected.npv());
            assertThat(first.getCell(13).getNumericCellValue()).isEqualTo(expected.yield());
            assertThat(book.getSheet("Assumptions")).isNotNull();
        }
    }

    @Test
    void aFormulaInABorrowerNameStaysTextInTheWorkbook() throws Exception {
        NoteTerms formula = PortfolioGenerator.promissoryNote2003().toBuilder().id("F-1").borrower("=HYPERLINK(\"x\")")
                .build();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("formula", List.of(Position.atPar(formula)));
        UI.getCurrent().navigate(NotesView.class, id);
        byte[] bytes = com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-notes-xlsx")));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            org.apache.poi.ss.usermodel.Cell borrower = book.getSheet("Notes").getRow(1).getCell(1);
            assertThat(borrower.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(borrower.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void anUnknownPortfolioIsSaidPlainly() {
        UI.getCurrent().navigate(NotesView.class, 987_654_321L);
        assertThat(_get(H2.class, spec -> spec.withId("no-portfolio")).getText()).isEqualTo("No such portfolio");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("There is no portfolio 987654321. It may have been deleted.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void clickingARowOpensTheNote() {
        open();
        GridKt._sortByKey(grid(), "noteId", SortDirection.ASCENDING);
        String first = positions.stream().map(p -> p.terms().id()).sorted().findFirst().orElseThrow();
        GridKt._clickItem(grid(), 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NoteDetailView.class);
        assertThat(_get(H2.class, spec -> spec.withId("note-title")).getText()).isEqualTo(first);
    }

    @Test
    void markupInABorrowerNameIsShownAsText() {
        NoteTerms html = PortfolioGenerator.promissoryNote2003().toBuilder().id("HTML-1").borrower("<b>x</b>").build();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("html", List.of(Position.atPar(html)));
        UI.getCurrent().navigate(NotesView.class, id);
        assertThat(GridKt._getFormatted(grid(), 0, "borrower")).isEqualTo("<b>x</b>");
        GridKt._clickItem(grid(), 0);
        assertThat(_get(Span.class, spec -> spec.withId("term-borrower")).getText()).isEqualTo("<b>x</b>");
        assertThat(_get(Span.class, spec -> spec.withId("note-subtitle")).getText()).startsWith("<b>x</b>");
        assertThat(_find(Html.class)).isEmpty();
    }
}
