package com.notefolio.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast path of a floating note's index reads ({@link IndexData.Reader}: levels by epoch day, unscaled,
 * a reset's rate in longs) against the general path ({@link IndexData#decimalReads()}: every level read by
 * {@link IndexData#observe} as a decimal and each reset's rate taken in decimals), on 100,000 generated
 * notes of the realistic rate mix in plain and in structured shapes: every position priced both ways, its
 * schedule compared cent by cent and rate by rate, its measures compared — the booked amounts exactly, the
 * doubles (NPV, yields, WAL, durations, convexity, DV01, discount margin, effective duration) within 1e-12
 * relative: the same levels give the same integer rates and cents, so the flows are the same, and the
 * doubles computed from them by the same code agree to the last bit; 1e-12 is the bound the fast paths
 * were asked to keep. And the reads themselves, day by day, against {@link IndexData#observe}.
 */
class IndexReadPathsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final FlatRate CURVE = FlatRate.of(0.07);
    private static final int NOTES = 100_000;
    private static final double RELATIVE = 1e-12;

    @Test
    void realisticPlainNotesPriceTheSameOnBothReadPaths() {
        assertBothPathsEqual(ShapeMix.PLAIN);
    }

    @Test
    void realisticStructuredNotesPriceTheSameOnBothReadPaths() {
        assertBothPathsEqual(ShapeMix.STRUCTURED);
    }

    private static void assertBothPathsEqual(ShapeMix shapes) {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.REALISTIC, shapes);
        IndexData fast = generator.indexData(AS_OF);
        IndexData general = fast.decimalReads();
        int floating = 0;
        for (long i = 0; i < NOTES; i++) {
            Position p = generator.note(i);
            PositionResult a = PositionPricer.price(p, AS_OF, CURVE, fast, List.of());
            PositionResult b = PositionPricer.price(p, AS_OF, CURVE, general, List.of());
            assertSameSchedule(a.schedule(), b.schedule());
            assertSameMeasures(a.measures(), b.measures());
            assertThat(a.warnings()).as(p.terms().id()).isEqualTo(b.warnings());
            if (b.measures().discountMargin() != null) {
                floating++;
            }
        }
        // The comparison covers the floating part of the mix (about a third of the notes), not only fixed notes.
        assertThat(floating).isGreaterThan(NOTES / 5);
    }

    private static void assertSameSchedule(Schedule a, Schedule b) {
        String id = b.noteId();
        assertThat(a.size()).as(id).isEqualTo(b.size());
        assertThat(a.indexSources()).as(id).isEqualTo(b.indexSources());
        for (int i = 0; i < b.size(); i++) {
            String row = id + " row " + (i + 1);
            assertThat(a.accrualStartEpochDay(i)).as(row).isEqualTo(b.accrualStartEpochDay(i));
            assertThat(a.accrualEndEpochDay(i)).as(row).isEqualTo(b.accrualEndEpochDay(i));
            assertThat(a.dueEpochDay(i)).as(row).isEqualTo(b.dueEpochDay(i));
            assertThat(a.openingMinor(i)).as(row).isEqualTo(b.openingMinor(i));
            assertThat(a.interestMinor(i)).as(row).isEqualTo(b.interestMinor(i));
            assertThat(a.principalMinor(i)).as(row).isEqualTo(b.principalMinor(i));
            assertThat(a.paymentMinor(i)).as(row).isEqualTo(b.paymentMinor(i));
            assertThat(a.feeMinor(i)).as(row).isEqualTo(b.feeMinor(i));
            assertThat(a.deferredInterestMinor(i)).as(row).isEqualTo(b.deferredInterestMinor(i));
            assertThat(a.rateUnscaled(i)).as(row).isEqualTo(b.rateUnscaled(i));
        }
    }

    private static void assertSameMeasures(NoteMeasures a, NoteMeasures b) {
        String id = b.noteId();
        assertThat(a.outstandingPrincipalMinor()).as(id).isEqualTo(b.outstandingPrincipalMinor());
        assertThat(a.accruedInterestMinor()).as(id).isEqualTo(b.accruedInterestMinor());
        assertThat(a.priceMinor()).as(id).isEqualTo(b.priceMinor());
        assertThat(a.yieldStatus()).as(id).isEqualTo(b.yieldStatus());
        assertClose(id + " npv", a.npv(), b.npv());
        assertClose(id + " yield", a.yield(), b.yield());
        assertClose(id + " nominal yield", a.yieldNominal(), b.yieldNominal());
        assertClose(id + " WAL", a.walYears(), b.walYears());
        assertClose(id + " Macaulay", a.macaulayDuration(), b.macaulayDuration());
        assertClose(id + " modified", a.modifiedDuration(), b.modifiedDuration());
        assertClose(id + " convexity", a.convexity(), b.convexity());
        assertClose(id + " DV01", a.dv01(), b.dv01());
        assertThat(a.discountMargin() == null).as(id + " discount margin").isEqualTo(b.discountMargin() == null);
        if (b.discountMargin() != null) {
            assertClose(id + " discount margin", a.discountMargin(), b.discountMargin());
        }
        assertClose(id + " effective duration", a.effectiveDuration(), b.effectiveDuration());
    }

    private static void assertClose(String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(RELATIVE * Math.abs(expected));
    }

    /**
     * Every day from 2010 to 2060 (fixings, the last fixing, the curve's tenors and beyond), read by a reader
     * and by {@link IndexData#observe}, on the generated data, shifted ±25 bp as the effective duration shifts
     * it, and with an index path replacing SOFR's projection: the same level and the same source. The days are
     * read in order and then backwards, since a reader starts from where its last read ended.
     */
    @Test
    void aReaderReadsWhatObserveReads() {
        IndexData data = new PortfolioGenerator(7, 100, RateMix.REALISTIC).indexData(AS_OF);
        ForwardCurve path = new ForwardCurve(SyntheticIndexHistory.SOFR, AS_OF, List.of(
                new ForwardCurve.Point(0, new BigDecimal("0.051")), new ForwardCurve.Point(6, new BigDecimal("0.0475")),
                new ForwardCurve.Point(24, new BigDecimal("0.04"))));
        List<IndexData> cases = List.of(data, data.shifted(AS_OF, new BigDecimal("0.0025")),
                data.shifted(AS_OF, new BigDecimal("-0.0025")), data.withProjection(path, AS_OF.plusMonths(1)),
                data.withProjection(path, AS_OF.plusMonths(1)).shifted(AS_OF, new BigDecimal("0.0025")));
        int from = EpochDay.of(LocalDate.of(2010, 1, 1));
        int to = EpochDay.of(LocalDate.of(2060, 12, 31));
        long reads = 0;
        for (IndexData d : cases) {
            for (String index : List.of(SyntheticIndexHistory.PRIME, SyntheticIndexHistory.SOFR)) {
                IndexData.Reader reader = d.reader(index);
                assertThat(reader).isNotNull();
                for (int pass = 0; pass < 2; pass++) {
                    for (int k = 0; k <= to - from; k++) {
                        int day = pass == 0 ? from + k : to - k;
                        IndexData.Observation o;
                        try {
                            o = d.observe(index, EpochDay.toDate(day));
                        } catch (IllegalArgumentException e) {
                            // Before the first fixing: the reader fails with the same message.
                            int failing = day;
                            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.unscaled(failing))
                                    .hasMessage(e.getMessage());
                            continue;
                        }
                        long unscaled = reader.unscaled(day);
                        assertThat(BigDecimal.valueOf(unscaled, IndexData.READER_SCALE))
                                .as(index + " " + EpochDay.toDate(day)).isEqualByComparingTo(o.rate());
                        assertThat(reader.source()).as(index + " " + EpochDay.toDate(day)).isEqualTo(o.source());
                        reads++;
                    }
                }
            }
        }
        assertThat(reads).isGreaterThan(100_000);
    }

    /** The general path gives no reader, and neither does data moved from it. */
    @Test
    void decimalReadsGiveNoReader() {
        IndexData data = new PortfolioGenerator(7, 100, RateMix.REALISTIC).indexData(AS_OF).decimalReads();
        assertThat(data.reader(SyntheticIndexHistory.SOFR)).isNull();
        assertThat(data.shifted(AS_OF, new BigDecimal("0.0025")).reader(SyntheticIndexHistory.SOFR)).isNull();
    }
}
