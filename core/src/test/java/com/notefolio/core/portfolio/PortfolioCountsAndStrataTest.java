package com.notefolio.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The notes counted by status and the stratification tables, hand-worked on four notes as of 2004-06-27:
 * two active (the 2003 note, Harbor), one matured (Old Mill, repaid 2004-01-10) and one not yet issued
 * (Dawn, issued 2004-09-01).
 */
class PortfolioCountsAndStrataTest {

    private static final LocalDate AS_OF = LocalDate.of(2004, 6, 27);

    /** Technology, rating C, 150,000.00 at 12 %, issued 2003-08-13, matures 2006-01-12. */
    private static final NoteTerms NOTE_2003 = PortfolioGenerator.promissoryNote2003();
    /** Healthcare, B, 50,000.00 at 6 % interest-only, 2004-01-15 to 2006-01-15. */
    private static final NoteTerms HARBOR = NoteTerms.builder("HARBOR").borrower("Harbor Dental").sector("Healthcare")
            .region("WA").rating("B").principal("50000.00").annualRate("0.06").issueDate(LocalDate.of(2004, 1, 15))
            .maturityDate(LocalDate.of(2006, 1, 15)).amortization(Amortization.INTEREST_ONLY).build();
    /** Healthcare, B, 20,000.00 at 8 % interest-only, 2002-01-10 to 2004-01-10: matured before the as-of date. */
    private static final NoteTerms OLD_MILL = NoteTerms.builder("OLDMILL").borrower("Old Mill").sector("Healthcare")
            .rating("B").principal("20000.00").annualRate("0.08").issueDate(LocalDate.of(2002, 1, 10))
            .maturityDate(LocalDate.of(2004, 1, 10)).amortization(Amortization.INTEREST_ONLY).build();
    /** Energy, A, 300,000.00 at 9.5 % interest-only, 2004-09-01 to 2007-09-01: not yet issued on the as-of date. */
    private static final NoteTerms DAWN = NoteTerms.builder("DAWN").borrower("Dawn Solar").sector("Energy")
            .rating("A").principal("300000.00").annualRate("0.095").issueDate(LocalDate.of(2004, 9, 1))
            .maturityDate(LocalDate.of(2007, 9, 1)).amortization(Amortization.INTEREST_ONLY).build();

    private final Map<String, NoteMeasures> measures = new LinkedHashMap<>();

    private PortfolioAggregate aggregate(List<NoteTerms> notes) {
        PortfolioAggregate a = new PortfolioAggregate(AS_OF);
        for (NoteTerms t : notes) {
            Schedule s = ScheduleResolver.resolve(t);
            NoteMeasures m = NotePricer.measures(s, AS_OF, null, FlatRate.of(0.08));
            measures.put(t.id(), m);
            a.add(Position.atPar(t), s, m);
        }
        return a;
    }

    private CurrencySummary usd() {
        return aggregate(List.of(NOTE_2003, HARBOR, OLD_MILL, DAWN)).summary().currencies().get(0);
    }

    @Test
    void statusIsByIssueAndMaturityDate() {
        assertThat(NoteStatus.of(DAWN, LocalDate.of(2004, 8, 31))).isEqualTo(NoteStatus.NOT_YET_ISSUED);
        assertThat(NoteStatus.of(DAWN, LocalDate.of(2004, 9, 1))).isEqualTo(NoteStatus.ACTIVE); // issued that day
        assertThat(NoteStatus.of(DAWN, LocalDate.of(2007, 8, 31))).isEqualTo(NoteStatus.ACTIVE);
        assertThat(NoteStatus.of(DAWN, LocalDate.of(2007, 9, 1))).isEqualTo(NoteStatus.MATURED); // repaid that day
    }

    @Test
    void activeMaturedAndNotYetIssuedNotesAreCountedApart() {
        PortfolioTotals t = usd().totals();
        assertThat(t.notes()).isEqualTo(4);
        assertThat(t.activeNotes()).isEqualTo(2);
        assertThat(t.maturedNotes()).isEqualTo(1);
        assertThat(t.notYetIssuedNotes()).isEqualTo(1);
        // Dawn counts its whole 300,000.00 before its issue: 150,000 + 50,000 + 0 + 300,000.
        assertThat(t.outstandingMinor()).isEqualTo(500_000_00);
        // Exposure = outstanding + accrued: 750.00 (2003 note, 15 of 30 days) + 100.00 (Harbor, 12 of 30 days).
        assertThat(t.exposureMinor()).isEqualTo(500_850_00);
        assertThat(t.notYetIssuedWarning(AS_OF)).isEqualTo("1 note is not yet issued on 2004-06-27 (issued after it):"
                + " its whole principal counts as outstanding, as if already lent");
        PortfolioTotals onlyActive = aggregate(List.of(NOTE_2003, HARBOR)).summary().currencies().get(0).totals();
        assertThat(onlyActive.notYetIssuedWarning(AS_OF)).isEmpty();
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new PortfolioTotals(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 active, 1 matured and 0 not yet issued notes are not the 3 notes held");
    }

    @Test
    void everyDimensionsBucketsAddUpToTheTotals() {
        CurrencySummary usd = usd();
        for (StratumDimension d : StratumDimension.values()) {
            List<Stratum> rows = usd.strata(d);
            assertThat(rows.stream().mapToLong(Stratum::notes).sum()).as(d.name()).isEqualTo(4);
            assertThat(rows.stream().mapToLong(Stratum::activeNotes).sum()).as(d.name()).isEqualTo(2);
            assertThat(rows.stream().mapToLong(Stratum::outstandingMinor).sum()).as(d.name()).isEqualTo(500_000_00);
            assertThat(rows.stream().mapToDouble(Stratum::share).sum()).as(d.name()).isCloseTo(1.0, within(1e-15));
        }
    }

    @Test
    void bucketsHoldTheirNotesInTheirOrder() {
        CurrencySummary usd = usd();
        // Ratings by outstanding principal: A 300,000 (Dawn), C 150,000 (2003 note), B 50,000 (Harbor; Old Mill 0).
        assertThat(usd.strata(StratumDimension.RATING)).extracting(Stratum::key, Stratum::notes, Stratum::activeNotes,
                        Stratum::outstandingMinor, Stratum::share, Stratum::notesOutOfYield)
                .containsExactly(
                        Tuple.tuple("A", 1L, 0L, 300_000_00L, 0.6, 0L),
                        Tuple.tuple("C", 1L, 1L, 150_000_00L, 0.3, 0L),
                        Tuple.tuple("B", 2L, 1L, 50_000_00L, 0.1, 1L));
        // Coupons in 2-point ranges holding their lower bound: Harbor's 6 % is in 6–8 %, Old Mill's 8 % in 8–10 %.
        assertThat(usd.strata(StratumDimension.COUPON)).extracting(Stratum::key, Stratum::notes, Stratum::outstandingMinor)
                .containsExactly(Tuple.tuple("6–8%", 1L, 50_000_00L),
                        Tuple.tuple("8–10%", 2L, 300_000_00L),
                        Tuple.tuple("12–14%", 1L, 150_000_00L));
        assertThat(usd.strata(StratumDimension.VINTAGE)).extracting(Stratum::key, Stratum::notes, Stratum::outstandingMinor)
                .containsExactly(Tuple.tuple("2002", 1L, 0L),
                        Tuple.tuple("2003", 1L, 150_000_00L),
                        Tuple.tuple("2004", 2L, 350_000_00L));
        assertThat(usd.strata(StratumDimension.MATURITY_YEAR)).extracting(Stratum::key, Stratum::notes,
                        Stratum::outstandingMinor)
                .containsExactly(Tuple.tuple("2004", 1L, 0L),
                        Tuple.tuple("2006", 2L, 200_000_00L),
                        Tuple.tuple("2007", 1L, 300_000_00L));
        assertThat(usd.strata(StratumDimension.SECTOR)).extracting(Stratum::key, Stratum::notes)
                .containsExactly(Tuple.tuple("Energy", 1L),
                        Tuple.tuple("Technology", 1L),
                        Tuple.tuple("Healthcare", 2L));
        assertThat(usd.strata(StratumDimension.ORIGINAL_PRINCIPAL)).extracting(Stratum::key, Stratum::notes)
                .containsExactly(Tuple.tuple("under 100,000", 2L),
                        Tuple.tuple("100,000–250,000", 1L),
                        Tuple.tuple("250,000–500,000", 1L));
    }

    @Test
    void bucketAveragesAreWeightedAsTheTotalsAre() {
        CurrencySummary usd = usd();
        // 8–10 %: Old Mill's 8 % on nothing outstanding and Dawn's 9.5 % on 300,000: the coupon is 9.5 %.
        Stratum coupon = usd.strata(StratumDimension.COUPON).get(1);
        assertThat(coupon.weightedCoupon()).isCloseTo(0.095, within(1e-15));
        // Rating B: Harbor's coupon, yield and WAL alone; Old Mill has nothing left, so no yield and no WAL.
        Stratum b = usd.strata(StratumDimension.RATING).get(2);
        NoteMeasures harbor = measures.get("HARBOR");
        assertThat(b.weightedCoupon()).isCloseTo(0.06, within(1e-15));
        // Tolerance: y × v ÷ v may round in its last bit.
        assertThat(b.weightedYield()).isCloseTo(harbor.yield(), within(1e-16));
        assertThat(b.walYears()).isCloseTo(harbor.walYears(), within(1e-15));
        // Vintage 2004: yield weighted by market value (clean price + accrued), both at par: Harbor
        // 50,000.00 + 100.00, Dawn 300,000.00 + 0; WAL by outstanding, 50,000 and 300,000.
        // Tolerance: sums of doubles in another order, a few ulps.
        Stratum v2004 = usd.strata(StratumDimension.VINTAGE).get(2);
        NoteMeasures dawn = measures.get("DAWN");
        assertThat(v2004.weightedYield()).isCloseTo((harbor.yield() * 50_100 + dawn.yield() * 300_000) / 350_100,
                within(1e-15));
        assertThat(v2004.walYears()).isCloseTo((harbor.walYears() * 50_000 + dawn.walYears() * 300_000) / 350_000,
                within(1e-14));
        assertThat(v2004.weightedCoupon()).isCloseTo((0.06 * 50_000 + 0.095 * 300_000) / 350_000, within(1e-15));
        // Vintage 2002 holds only Old Mill, with nothing outstanding: no average exists.
        Stratum v2002 = usd.strata(StratumDimension.VINTAGE).get(0);
        assertThat(v2002.weightedCoupon()).isNaN();
        assertThat(v2002.weightedYield()).isNaN();
        assertThat(v2002.walYears()).isNaN();
        assertThat(v2002.share()).isZero();
    }

    @Test
    void bucketEdgesHoldTheirLowerBound() {
        assertThat(StratumDimension.COUPON.bucket(HARBOR, new BigDecimal("0.04"))).isEqualTo("4–6%");
        assertThat(StratumDimension.COUPON.bucket(HARBOR, new BigDecimal("0.0399999999"))).isEqualTo("2–4%");
        assertThat(StratumDimension.COUPON.bucket(HARBOR, BigDecimal.ZERO)).isEqualTo("0–2%");
        assertThat(StratumDimension.COUPON.bucket(HARBOR, new BigDecimal("0.16"))).isEqualTo("16% and over");
        assertThat(StratumDimension.COUPON.bucket(HARBOR, new BigDecimal("0.35"))).isEqualTo("16% and over");
        assertThat(StratumDimension.ORIGINAL_PRINCIPAL.bucket(HARBOR.toBuilder().principal("99999.99").build(), null))
                .isEqualTo("under 100,000");
        assertThat(StratumDimension.ORIGINAL_PRINCIPAL.bucket(HARBOR.toBuilder().principal("100000.00").build(), null))
                .isEqualTo("100,000–250,000");
        assertThat(StratumDimension.ORIGINAL_PRINCIPAL.bucket(HARBOR.toBuilder().principal("5000000.00").build(), null))
                .isEqualTo("5,000,000 and over");
        assertThat(StratumDimension.RATING.bucket(HARBOR.toBuilder().rating(null).build(), null))
                .isEqualTo(StratumDimension.UNSPECIFIED);
    }

    @Test
    void mergingPartsGivesTheWholeStrata() {
        CurrencySummary whole = usd();
        CurrencySummary merged = aggregate(List.of(DAWN, OLD_MILL)).merge(aggregate(List.of(HARBOR, NOTE_2003)))
                .summary().currencies().get(0);
        assertThat(merged.totals().activeNotes()).isEqualTo(2);
        assertThat(merged.totals().maturedNotes()).isEqualTo(1);
        assertThat(merged.totals().notYetIssuedNotes()).isEqualTo(1);
        for (StratumDimension d : StratumDimension.values()) {
            assertThat(merged.strata(d)).extracting(Stratum::key, Stratum::notes, Stratum::outstandingMinor)
                    .as(d.name()).containsExactlyElementsOf(whole.strata(d).stream()
                            .map(s -> Tuple.tuple(s.key(), s.notes(), s.outstandingMinor()))
                            .toList());
        }
    }
}
