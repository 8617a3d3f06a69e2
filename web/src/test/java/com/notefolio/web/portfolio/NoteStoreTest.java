package com.notefolio.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.io.InputException;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.Price;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.testing.StoredPortfolios;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The note store on H2 (this class) and PostgreSQL ({@link NoteStorePostgresTest}): every note of the
 * examples and of the generator reads back into equal terms; filters and sorting are the database's.
 */
@SpringBootTest
class NoteStoreTest {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndexDataStore indexData;

    long examples;
    final List<Position> exampleNotes = new ArrayList<>();

    @BeforeEach
    void storeExamples() throws Exception {
        exampleNotes.addAll(StoredPortfolios.examples());
        examples = transaction.execute(status -> {
            long id = portfolios.insert("examples " + System.nanoTime(), "notes.csv", "test");
            List<NewNote> batch = new ArrayList<>();
            for (int i = 0; i < exampleNotes.size(); i++) {
                batch.add(new NewNote(i + 2, exampleNotes.get(i)));
            }
            notes.insert(id, batch);
            return id;
        });
    }

    @Test
    void negativePriceInTheDatabaseIsRefusedAsFromTheCsv() {
        NoteListing first = notes.page(examples, NoteFilter.ALL, List.of(), 0, 1).get(0);
        jdbc.update("update note set price = -1 where id = ?", first.id());

        // The core's one column mapping refuses it, with the column, value and reason of the CSV reader's
        // "notes.csv:2: column price: value \"-1\": must not be negative".
        assertThatThrownBy(() -> notes.find(examples, first.id()))
                .isInstanceOf(InputException.class)
                .hasMessage("note " + first.noteId() + ": column price: value \"-1\": must not be negative");
    }

    @Test
    void aPriceGivenAsAPercentageOfTheOutstandingPrincipalReadsBackAsOne() {
        Position note = new Position(PortfolioGenerator.promissoryNote2003(),
                Price.percentOfOutstanding(new BigDecimal("98.5")));
        long id = transaction.execute(status -> {
            long p = portfolios.insert("percent " + System.nanoTime(), null, "test");
            notes.insert(p, List.of(new NewNote(2, note)));
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);

        assertThat(back).singleElement().extracting(Position::price).isEqualTo(note.price());
        assertThat(jdbc.queryForObject("select price from note where portfolio_id = ?", BigDecimal.class, id)).isNull();
    }

    @Test
    void everyExampleNoteReadsBackAsEqualTerms() {
        List<Position> back = new ArrayList<>();
        notes.positions(examples, back::add);
        assertThat(back).hasSameSizeAs(exampleNotes);
        for (int i = 0; i < back.size(); i++) {
            assertSameTerms(back.get(i), exampleNotes.get(i));
        }
    }

    @Test
    void generatedNotesAndTheEventsOfDefaultOfThe2003NoteReadBack() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(7, 500);
        List<Position> generated = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            generated.add(generator.note(i));
        }
        long id = transaction.execute(status -> {
            long p = portfolios.insert("generated " + System.nanoTime(), null, "test");
            List<NewNote> batch = new ArrayList<>();
            for (int i = 0; i < generated.size(); i++) {
                batch.add(new NewNote(i + 2, generated.get(i)));
            }
            notes.insert(p, batch);
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).hasSameSizeAs(generated);
        for (int i = 0; i < back.size(); i++) {
            assertSameTerms(back.get(i), generated.get(i));
        }
        // Note 0 is the 2003 note with its events of default in the document's words.
        assertThat(back.get(0).terms().defaults().events())
                .isEqualTo(PortfolioGenerator.promissoryNote2003().defaults().events()).isNotEmpty();
        NoteListing first = notes.page(id, NoteFilter.ALL, List.of(), 0, 1).get(0);
        assertThat(notes.find(id, first.id()).orElseThrow().position().terms())
                .isEqualTo(PortfolioGenerator.promissoryNote2003());
    }

    @Test
    void aRevolvingDemandLineReadsBackWithItsRepaymentsFeeAndDemand() {
        // V9: commitment_fee and payable_on_demand; the repayments are note_draw rows of kind repayment.
        Position line = Position.atPar(com.notefolio.core.io.NoteJson.fromJson("""
                {"id": "LINE", "borrower": {"name": "B"}, "principal": "100000.00", "annual_rate": "0.08",
                 "issue_date": "2024-01-01", "maturity_date": "2024-07-01", "amortization": "INTEREST_ONLY",
                 "accrual_basis": "ACT/360", "commitment_fee": "0.005", "payable_on_demand": true,
                 "advances": [{"date": "2024-01-01", "amount": "40000.00"}, {"date": "2024-03-15", "amount": "45000.00"}],
                 "repayments": [{"date": "2024-02-10", "amount": "15000.00"}]}
                """));
        long id = transaction.execute(status -> {
            long p = portfolios.insert("line " + System.nanoTime(), "notes.csv", "test");
            notes.insert(p, List.of(new NewNote(2, line)));
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).singleElement().satisfies(p -> assertThat(p.terms()).isEqualTo(line.terms()));
        assertThat(jdbc.queryForObject("select count(*) from note_draw where portfolio_id = ? and kind = 'repayment'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void periodicFeeAndTheClauseAppliedToPrincipalReadBack() {
        // V11: the periodic fee's amount (as text, its scale kept) and rate; savings_clause applied_to_principal
        // fits V10's column of 20 characters.
        String csv = """
                note_id,principal,annual_rate,issue_date,maturity_date,amortization,max_lawful_rate,savings_clause,periodic_fee_amount,periodic_fee_rate
                FEE,100000.00,0.12,2024-01-01,2025-01-01,INTEREST_ONLY,0.10,applied_to_principal,10.00,0.5%
                RATE,100000.00,0.12,2024-01-01,2025-01-01,INTEREST_ONLY,,,,0.0025
                """;
        List<Position> charged = new ArrayList<>();
        try (var reader = com.notefolio.core.io.PortfolioCsvReader.open("fees.csv", new java.io.StringReader(csv),
                com.notefolio.core.io.StatedSchedules.NONE, e -> {
                    throw new AssertionError(e.toString());
                })) {
            reader.forEachRemaining(charged::add);
        }
        long id = transaction.execute(status -> {
            long p = portfolios.insert("fees " + System.nanoTime(), "fees.csv", "test");
            notes.insert(p, List.of(new NewNote(2, charged.get(0)), new NewNote(3, charged.get(1))));
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).terms()).isEqualTo(charged.get(0).terms());
        assertThat(back.get(1).terms()).isEqualTo(charged.get(1).terms());
        assertThat(back.get(0).terms().periodicFee())
                .isEqualTo(com.notefolio.core.note.PeriodicFee.of("10.00", "0.005"));
        assertThat(back.get(0).terms().savingsClause())
                .isEqualTo(com.notefolio.core.note.SavingsClause.APPLIED_TO_PRINCIPAL);
        assertThat(back.get(1).terms().periodicFee()).isEqualTo(com.notefolio.core.note.PeriodicFee.of(null, "0.0025"));
        assertThat(jdbc.queryForObject("select periodic_fee_amount from note where portfolio_id = ? and note_id = 'FEE'",
                String.class, id)).isEqualTo("10.00");
    }

    @Test
    void aNoteWithAPrincipalCycleOfItsOwnReadsBackEqual() {
        // V12: principal_frequency, as the CSV writes it; the equipment note of PrincipalCycleScheduleTest.
        Position equipment = Position.atPar(com.notefolio.core.io.NoteJson.fromJson("""
                {"id": "E", "borrower": {"name": "E"}, "principal": "12000.00", "annual_rate": "0.06",
                 "issue_date": "2025-01-01", "first_payment_date": "2025-04-01", "frequency": "QUARTERLY",
                 "first_principal_date": "2025-02-01", "principal_frequency": "MONTHLY", "maturity_date": "2025-07-01",
                 "amortization": "CONSTANT_PRINCIPAL", "accrual_basis": "ACT/360"}
                """));
        long id = transaction.execute(status -> {
            long p = portfolios.insert("cycle " + System.nanoTime(), "notes.csv", "test");
            notes.insert(p, List.of(new NewNote(2, equipment)));
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).singleElement().satisfies(p -> assertThat(p.terms()).isEqualTo(equipment.terms()));
        assertThat(jdbc.queryForObject("select principal_frequency from note where portfolio_id = ?", String.class, id))
                .isEqualTo("MONTHLY");
    }

    @Test
    void chargesGivenByDateAndFlatAmountReadBack() {
        // V10: the other shapes of the charge columns than examples/notes-charges.csv has: premium steps from
        // dates with percentages, yield maintenance by its floor alone, a flat late charge without grace.
        String csv = """
                note_id,principal,annual_rate,issue_date,maturity_date,amortization,premium_steps,yield_maintenance_floor,late_charge_amount,default_margin,max_lawful_rate,savings_clause
                DATES,500000.00,0.07,2024-01-01,2029-01-01,LEVEL_PAYMENT,2024-01-01:3%;2026-01-01:1.5%;2027-06-01:0,,75.00,,,
                FLOOR,500000.00,0.07,2024-01-01,2029-01-01,INTEREST_ONLY,,0.02,,0.04,0.08,not_charged
                """;
        List<Position> charged = new ArrayList<>();
        try (var reader = com.notefolio.core.io.PortfolioCsvReader.open("charges.csv", new java.io.StringReader(csv),
                com.notefolio.core.io.StatedSchedules.NONE, e -> {
                    throw new AssertionError(e.toString());
                })) {
            reader.forEachRemaining(charged::add);
        }
        long id = transaction.execute(status -> {
            long p = portfolios.insert("charges " + System.nanoTime(), "charges.csv", "test");
            notes.insert(p, List.of(new NewNote(2, charged.get(0)), new NewNote(3, charged.get(1))));
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).terms()).isEqualTo(charged.get(0).terms());
        assertThat(back.get(1).terms()).isEqualTo(charged.get(1).terms());
        // Each term as the CSV above states it, not as the store wrote it.
        var steps = (com.notefolio.core.note.PrepaymentPremium.StepDown) back.get(0).terms().prepayment().premium();
        assertThat(steps.steps()).extracting(com.notefolio.core.note.PremiumStep::fromDate)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 1));
        assertThat(steps.steps()).extracting(com.notefolio.core.note.PremiumStep::rate)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("0.03"), new BigDecimal("0.015"), BigDecimal.ZERO);
        assertThat(back.get(0).terms().defaults().lateCharge())
                .isEqualTo(new com.notefolio.core.note.LateCharge(null, new BigDecimal("75.00"), 0, null));
        var ym = (com.notefolio.core.note.PrepaymentPremium.YieldMaintenance) back.get(1).terms().prepayment().premium();
        assertThat(ym.spread()).isEqualByComparingTo("0");
        assertThat(ym.floor()).isEqualByComparingTo("0.02");
        assertThat(back.get(1).terms().defaults().defaultMargin()).isEqualByComparingTo("0.04");
        assertThat(back.get(1).terms().defaults().lateCharge()).isNull();
        // The step-down is held as the CSV's text of the core's steps (fractions), the floor as a number.
        assertThat(jdbc.queryForObject("select premium_steps from note where portfolio_id = ? and note_id = 'DATES'",
                String.class, id)).isEqualTo("2024-01-01:0.03;2026-01-01:0.015;2027-06-01:0");
        assertThat(jdbc.queryForObject("select yield_maintenance_floor from note where portfolio_id = ? and note_id = 'FLOOR'",
                BigDecimal.class, id)).isEqualByComparingTo("0.02");
    }

    @Test
    void theOddDaysRuleOfANoteReadsBack() {
        // examples/notes-odd-days.csv: the same 17-day stub charged as a whole period and on three bases.
        List<Position> stubs = new ArrayList<>();
        try (var reader = com.notefolio.core.io.PortfolioCsvReader.open(
                StoredPortfolios.examplesDir().resolve("notes-odd-days.csv"))) {
            reader.forEachRemaining(stubs::add);
        }
        long id = transaction.execute(status -> {
            long p = portfolios.insert("odd days " + System.nanoTime(), "notes-odd-days.csv", "test");
            List<NewNote> batch = new ArrayList<>();
            for (int i = 0; i < stubs.size(); i++) {
                batch.add(new NewNote(i + 2, stubs.get(i)));
            }
            notes.insert(p, batch);
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).extracting(p -> p.terms().oddDays().code())
                .containsExactly("WHOLE_PERIOD", "ACT/360", "ACT/365F", "30/360");
        for (int i = 0; i < back.size(); i++) {
            assertSameTerms(back.get(i), stubs.get(i));
        }
    }

    @Test
    void filtersAndSortsInTheDatabase() {
        assertThat(notes.count(examples, NoteFilter.ALL)).isEqualTo(exampleNotes.size());
        long stated = exampleNotes.stream().filter(p -> p.terms().amortization().name().equals("STATED")).count();
        assertThat(notes.count(examples, NoteFilter.ALL.withAmortization("STATED"))).isEqualTo(stated).isPositive();
        // Borrower is matched in part, ignoring case; % is literal.
        assertThat(notes.page(examples, NoteFilter.ALL.withBorrower("infinite group"), List.of(), 0, 10))
                .extracting(NoteListing::noteId).containsExactly("INFINITE-2003");
        assertThat(notes.count(examples, NoteFilter.ALL.withBorrower("%"))).isZero();
        assertThat(notes.page(examples, NoteFilter.ALL.withText("infinite-2003"), List.of(), 0, 10)).hasSize(1);
        LocalDate cut = LocalDate.of(2010, 1, 1);
        long before = exampleNotes.stream().filter(p -> !p.terms().maturityDate().isAfter(cut)).count();
        assertThat(notes.count(examples, NoteFilter.ALL.withMaturity(null, cut))).isEqualTo(before);
        List<NoteListing> byPrincipal = notes.page(examples, NoteFilter.ALL,
                List.of(new NoteSort("principal", true)), 0, 100);
        assertThat(byPrincipal).extracting(NoteListing::principal)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        // Pages do not overlap and cover every note.
        List<NoteListing> paged = new ArrayList<>(notes.page(examples, NoteFilter.ALL, List.of(NoteSort.FILE_ORDER), 0, 3));
        paged.addAll(notes.page(examples, NoteFilter.ALL, List.of(NoteSort.FILE_ORDER), 3, 100));
        assertThat(paged).extracting(NoteListing::noteId)
                .containsExactlyElementsOf(exampleNotes.stream().map(p -> p.terms().id()).toList());
    }

    @Test
    void deletingAPortfolioDeletesItsNotes() {
        portfolios.delete(examples);
        assertThat(notes.count(examples, NoteFilter.ALL)).isZero();
    }

    /**
     * Equal terms, numbers compared by value: the database keeps a rate's value, not the trailing zeros
     * of the text it came from (0.156710 reads back as 0.15671).
     */
    @Test
    void floatingSteppedAndConvertingNotesReadBackAsTheCsvReaderBuiltThem() {
        // examples/notes-rates.csv with rate-steps.csv: SOFR and Prime floaters (caps, floors, lookback,
        // 1/8 % rounding, a maximum lawful rate), a stepped note (5% then 6% from 2024-06-01, 7% from
        // 2026-06-01), a fixed-to-floating and a floating-to-fixed conversion, a Prime floater that keeps its
        // payment (negative amortization capped at 110%).
        List<Position> rates = StoredPortfolios.rateExamples();
        long id = transaction.execute(status -> {
            long p = portfolios.insert("rates " + System.nanoTime(), "notes-rates.csv", "test");
            List<NewNote> batch = new ArrayList<>();
            for (int i = 0; i < rates.size(); i++) {
                batch.add(new NewNote(i + 2, rates.get(i)));
            }
            notes.insert(p, batch);
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);

        assertThat(back).extracting(p -> p.terms().rate().getClass().getSimpleName())
                .containsExactly("Floating", "Floating", "Stepped", "Conversion", "Conversion", "Floating");
        assertThat(jdbc.queryForList("select rate_index from note where portfolio_id = ? order by line", String.class, id))
                .containsExactly("SOFR", "PRIME", null, "SOFR", "PRIME", "PRIME");
        assertThat(jdbc.queryForObject("select count(*) from rate_step where portfolio_id = ?", Integer.class, id))
                .isEqualTo(2);
        for (int i = 0; i < back.size(); i++) {
            // The rate terms exactly (the core normalises their decimals), everything else by value.
            assertThat(back.get(i).terms().rate()).as(rates.get(i).terms().id()).isEqualTo(rates.get(i).terms().rate());
            assertThat(back.get(i).terms().maxLawfulRate()).isEqualTo(rates.get(i).terms().maxLawfulRate());
            assertSameTerms(back.get(i), rates.get(i));
        }
        // One note read by its id gets its steps too.
        NoteListing stepped = notes.page(id, NoteFilter.ALL, List.of(), 2, 1).get(0);
        assertThat(notes.find(id, stepped.id()).orElseThrow().position().terms().rate())
                .isEqualTo(rates.get(2).terms().rate());
    }

    @Test
    void businessDaysPaymentDayAndABusinessDayLookbackReadBackAsTheCsvReaderBuiltThem() {
        // examples/notes-business-days.csv: due on the 28th on USNY, modified following, interest to the moved
        // date and to the rolled date; a note payable on the 30th. Plus a SOFR note looking back five USGS days.
        List<Position> written = new ArrayList<>();
        try (var reader = com.notefolio.core.io.PortfolioCsvReader.open(
                StoredPortfolios.examplesDir().resolve("notes-business-days.csv"))) {
            reader.forEachRemaining(written::add);
        }
        com.notefolio.core.note.RateTerms.Floating usgs = com.notefolio.core.note.RateTerms.Floating.builder("SOFR")
                .spread("0.02").initialRate("0.07").resets(com.notefolio.core.convention.Frequency.MONTHLY,
                        java.time.LocalDate.of(2024, 10, 28))
                .lookbackBusinessDays(5, com.notefolio.core.convention.BusinessCalendar.of("USGS")).build();
        written.add(Position.atPar(written.get(0).terms().toBuilder().id("SOFR-USGS").rate(usgs).build()));
        long id = transaction.execute(status -> {
            long p = portfolios.insert("business days " + System.nanoTime(), "notes-business-days.csv", "test");
            List<NewNote> batch = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                batch.add(new NewNote(i + 2, written.get(i)));
            }
            notes.insert(p, batch);
            return p;
        });
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).hasSize(4);
        assertThat(jdbc.queryForList("select business_calendar from note where portfolio_id = ? order by line",
                String.class, id)).containsExactly("USNY", "USNY", null, "USNY");
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i).terms().conventions()).as(written.get(i).terms().id())
                    .isEqualTo(written.get(i).terms().conventions());
            assertThat(back.get(i).terms().rate()).isEqualTo(written.get(i).terms().rate());
            assertSameTerms(back.get(i), written.get(i));
        }
        // The unadjusted note's first payment moves to Monday 30 September, its interest stays 31 days × $20.00.
        var s = com.notefolio.core.schedule.ScheduleResolver.resolve(back.get(1).terms());
        assertThat(s.dueEpochDay(0)).isEqualTo(com.notefolio.core.convention.EpochDay.of(java.time.LocalDate.of(2024, 9, 30)));
        assertThat(s.interestMinor(0)).isEqualTo(62000L);
    }

    @Test
    void aFloatersNegativeRatesAndResetTimingReadBackAsStored() {
        // The first note of examples/notes-business-days.csv (ACT/360, which resetting on a date needs) with a
        // EURIBOR rate allowed below zero and resetting on its dates, and with a SOFR rate of the defaults.
        NoteTerms base;
        try (var reader = com.notefolio.core.io.PortfolioCsvReader.open(
                StoredPortfolios.examplesDir().resolve("notes-business-days.csv"))) {
            base = reader.next().terms();
        }
        com.notefolio.core.note.RateTerms.Floating.Builder floating = com.notefolio.core.note.RateTerms.Floating
                .builder("EURIBOR").spread("-0.02").initialRate("0.005")
                .resets(com.notefolio.core.convention.Frequency.MONTHLY, java.time.LocalDate.of(2024, 10, 15));
        List<Position> written = List.of(
                Position.atPar(base.toBuilder().id("EUR-NEG").rate(floating
                        .negativeRates(com.notefolio.core.note.RateTerms.Floating.NegativeRates.ALLOWED)
                        .resetTiming(com.notefolio.core.note.RateTerms.Floating.ResetTiming.ON_RESET_DATE).build()).build()),
                Position.atPar(base.toBuilder().id("EUR-DEFAULT").rate(floating.negativeRates(null).resetTiming(null)
                        .build()).build()));
        long id = transaction.execute(status -> {
            long p = portfolios.insert("rate options " + System.nanoTime(), "notes.csv", "test");
            notes.insert(p, List.of(new NewNote(2, written.get(0)), new NewNote(3, written.get(1))));
            return p;
        });
        // Stored as the CSV writes them, null (the CSV's blank) for the defaults.
        assertThat(jdbc.queryForList("select negative_rates from note where portfolio_id = ? order by line", String.class, id))
                .containsExactly("allowed", null);
        assertThat(jdbc.queryForList("select reset_timing from note where portfolio_id = ? order by line", String.class, id))
                .containsExactly("reset_date", null);
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).hasSize(2);
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i).terms().rate()).as(written.get(i).terms().id()).isEqualTo(written.get(i).terms().rate());
            assertSameTerms(back.get(i), written.get(i));
        }
        var options = (com.notefolio.core.note.RateTerms.Floating) back.get(0).terms().rate();
        assertThat(options.negativeRates()).isEqualTo(com.notefolio.core.note.RateTerms.Floating.NegativeRates.ALLOWED);
        assertThat(options.resetTiming()).isEqualTo(com.notefolio.core.note.RateTerms.Floating.ResetTiming.ON_RESET_DATE);
    }

    @Test
    void aNoteStoredBeforeTheRateColumnsReadsAsFixed() {
        // A row with every rate column null, as V5 leaves the rows stored before it.
        NoteListing first = notes.page(examples, NoteFilter.ALL, List.of(), 0, 1).get(0);
        assertThat(jdbc.queryForObject("select count(*) from note where portfolio_id = ? and rate_kind is not null",
                Integer.class, examples)).isZero();
        assertThat(notes.find(examples, first.id()).orElseThrow().position().terms().rate())
                .isInstanceOf(com.notefolio.core.note.RateTerms.Fixed.class);
    }

    @Test
    void indexDataIsSavedLoadedAndReplacedPerPortfolio() {
        PortfolioIndexData data = StoredPortfolios.rateExampleIndexData();
        long id = transaction.execute(status -> portfolios.insert("index " + System.nanoTime(), null, "test"));
        assertThat(indexData.load(id)).isEqualTo(PortfolioIndexData.NONE);

        transaction.executeWithoutResult(status -> indexData.save(id, data));
        PortfolioIndexData back = indexData.load(id);
        // examples/fixings.csv: 15 Prime and 10 SOFR fixings; index-curve.csv: SOFR 5 points, Prime 3.
        assertThat(back.fixings()).hasSize(25).containsExactlyInAnyOrderElementsOf(data.fixings());
        assertThat(back.curves()).containsExactlyInAnyOrderElementsOf(data.curves());
        assertThat(back.indexes()).containsExactly("PRIME", "SOFR");
        // Read on 2024-10-15, SOFR is its 2024-10-01 fixing, 4.84%.
        assertThat(back.indexData().observe("SOFR", LocalDate.of(2024, 10, 15)).rate()).isEqualByComparingTo("0.0484");

        PortfolioIndexData onlySofr = new PortfolioIndexData(List.of(new com.notefolio.core.index.IndexFixing("SOFR",
                LocalDate.of(2025, 1, 2), new BigDecimal("0.0431"))), List.of());
        transaction.executeWithoutResult(status -> indexData.replace(id, onlySofr));
        assertThat(indexData.load(id)).isEqualTo(onlySofr);
    }

    @Test
    void severalValuesOfAChoiceMatchAnyOfThemAndTheTotalsAreThoseOfTheirNotes() {
        List<String> sectors = exampleNotes.stream().map(p -> p.terms().sector()).filter(java.util.Objects::nonNull)
                .distinct().limit(2).toList();
        assertThat(sectors).hasSize(2);
        NoteFilter two = NoteFilter.ALL.withSectors(sectors);
        List<Position> expected = exampleNotes.stream().filter(p -> sectors.contains(p.terms().sector())).toList();
        assertThat(notes.count(examples, two)).isEqualTo(expected.size());
        List<Position> back = new ArrayList<>();
        notes.positions(examples, two, back::add);
        assertThat(back).hasSameSizeAs(expected);
        for (int i = 0; i < back.size(); i++) {
            assertSameTerms(back.get(i), expected.get(i));
        }
        List<Position> streamed = transaction.execute(status -> {
            try (java.util.stream.Stream<Position> stream = notes.positionStream(examples, two)) {
                return stream.toList();
            }
        });
        assertThat(streamed).hasSameSizeAs(expected);
        for (int i = 0; i < streamed.size(); i++) {
            assertSameTerms(streamed.get(i), expected.get(i));
        }
        List<com.notefolio.analytics.row.NoteRow> rows = new ArrayList<>();
        notes.rows(examples, two, rows::add);
        assertThat(rows).extracting(com.notefolio.analytics.row.NoteRow::getNoteId)
                .containsExactlyElementsOf(expected.stream().map(p -> p.terms().id()).toList());
        // Count and principal per currency, summed here from the terms.
        java.util.Map<String, BigDecimal> principal = new java.util.TreeMap<>();
        java.util.Map<String, Long> count = new java.util.TreeMap<>();
        for (Position p : expected) {
            String c = p.terms().currency().getCurrencyCode();
            principal.merge(c, com.notefolio.core.note.NoteTerms.decimal(p.terms().principal()), BigDecimal::add);
            count.merge(c, 1L, Long::sum);
        }
        List<PortfolioListing.CurrencyTotal> totals = notes.totals(examples, two);
        assertThat(totals).extracting(PortfolioListing.CurrencyTotal::currency).containsExactlyElementsOf(count.keySet());
        for (PortfolioListing.CurrencyTotal t : totals) {
            assertThat(t.notes()).isEqualTo(count.get(t.currency()));
            assertThat(t.principal()).isEqualByComparingTo(principal.get(t.currency()));
        }
        // One value is the single-value filter of before; a value no note has matches nothing.
        assertThat(notes.count(examples, NoteFilter.ALL.withSectors(List.of(sectors.get(0)))))
                .isEqualTo(notes.count(examples, NoteFilter.ALL.withSector(sectors.get(0))));
        assertThat(notes.count(examples, NoteFilter.ALL.withSectors(List.of("Nowhere", "Neverland")))).isZero();
    }

    @Test
    void thePositionsOfAPageAreReadByRowId() {
        List<NoteListing> page = notes.page(examples, NoteFilter.ALL, List.of(NoteSort.FILE_ORDER), 1, 3);
        java.util.Map<Long, Position> read = notes.positions(examples, page.stream().map(NoteListing::id).toList());
        assertThat(read.keySet()).containsExactlyElementsOf(page.stream().map(NoteListing::id).toList());
        for (int i = 0; i < page.size(); i++) {
            assertSameTerms(read.get(page.get(i).id()), exampleNotes.get(i + 1));
        }
        // A row of another portfolio is not read through this one.
        long other = transaction.execute(status -> {
            long id = portfolios.insert("other " + System.nanoTime(), null, "test");
            notes.insert(id, List.of(new NewNote(2, exampleNotes.get(0))));
            return id;
        });
        long foreign = notes.page(other, NoteFilter.ALL, List.of(), 0, 1).get(0).id();
        assertThat(notes.positions(examples, List.of(foreign))).isEmpty();
    }

    @Test
    void aNoteOnACycleOfDaysKeepsItsCyclesAsTextAndReadsBackEqual() {
        // Every 27 days, its rate reset every 15 days: the note table holds the ACTUS text of each cycle.
        RateTerms.Floating sofr = RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.07")
                .resets(Frequency.ofDays(15), LocalDate.of(2026, 1, 20)).build();
        Position note = Position.atPar(NoteTerms.builder("CYCLE-27").borrower("B").principal("10000.00").rate(sofr)
                .issueDate(LocalDate.of(2026, 1, 5)).maturityDate(LocalDate.of(2026, 4, 23))
                .frequency(Frequency.ofDays(27)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build());
        long id = transaction.execute(status -> {
            long p = portfolios.insert("cycles " + System.nanoTime(), null, "test");
            notes.insert(p, List.of(new NewNote(2, note)));
            return p;
        });

        assertThat(jdbc.queryForObject("select frequency || ' ' || reset_frequency from note where portfolio_id = ?",
                String.class, id)).isEqualTo("P27D P15D");
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).singleElement().extracting(Position::terms).isEqualTo(note.terms());
    }

    static void assertSameTerms(Position actual, Position expected) {
        assertThat(actual).as(expected.terms().id()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
    }

}
