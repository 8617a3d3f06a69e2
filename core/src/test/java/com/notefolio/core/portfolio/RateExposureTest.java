package com.notefolio.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.pricer.FlatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exposure by rate kind and by index, and the floating share of the book. Four USD interest-only notes,
 * monthly on the PERIODIC basis, issued 1 Jan 2024, valued on 1 Mar 2024 (a payment date, so nothing is
 * accrued and exposure is the principal): FIX 100,000 fixed, STEP 50,000 stepped, SOFR1 200,000 floating
 * on SOFR, CONV 150,000 fixed until 2025 and SOFR after — 500,000 in all.
 */
class RateExposureTest {

    private static final LocalDate ISSUE = LocalDate.of(2024, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final IndexData SOFR = IndexData.of(List.of(
            new IndexFixing("SOFR", LocalDate.of(2024, 1, 1), new BigDecimal("0.053"))));

    private static NoteTerms note(String id, String principal, RateTerms rate) {
        return NoteTerms.builder(id).borrower(id).principal(principal).rate(rate).issueDate(ISSUE)
                .firstPaymentDate(LocalDate.of(2024, 2, 1)).maturityDate(LocalDate.of(2027, 1, 1))
                .frequency(Frequency.MONTHLY).amortization(Amortization.INTEREST_ONLY).build();
    }

    private static RateTerms.Floating sofr(LocalDate firstReset) {
        return RateTerms.Floating.builder("SOFR").spread("0.0225").initialRate("0.075")
                .resets(Frequency.QUARTERLY, firstReset).build();
    }

    private static CurrencySummary book(List<NoteTerms> notes) {
        PortfolioAggregate a = new PortfolioAggregate(AS_OF);
        for (NoteTerms t : notes) {
            a.add(PositionPricer.price(Position.atPar(t), AS_OF, FlatRate.of(0.08), SOFR, List.of()));
        }
        return a.summary().currencies().get(0);
    }

    private static final NoteTerms FIX = note("FIX", "100000", RateTerms.fixed(new BigDecimal("0.06")));
    private static final NoteTerms STEP = note("STEP", "50000", new RateTerms.Stepped(List.of(
            new RateTerms.Step(ISSUE, new BigDecimal("0.05")), new RateTerms.Step(LocalDate.of(2025, 1, 1), new BigDecimal("0.06")))));
    private static final NoteTerms FLOAT = note("SOFR1", "200000", sofr(LocalDate.of(2024, 4, 1)));
    private static final NoteTerms CONV = note("CONV", "150000", new RateTerms.Conversion(
            RateTerms.fixed(new BigDecimal("0.075")), LocalDate.of(2025, 1, 1), sofr(LocalDate.of(2025, 4, 1))));

    @Test
    void exposureIsGroupedByRateKindAndByIndex() {
        CurrencySummary usd = book(List.of(FIX, STEP, FLOAT, CONV));
        assertThat(usd.totals().outstandingMinor()).isEqualTo(500_000_00L);
        assertThat(usd.totals().accruedMinor()).isZero();
        // Largest exposure first: Floating 200,000 (40%), Fixed to floating 150,000 (30%), Fixed 100,000
        // (20%), Stepped 50,000 (10%).
        List<ExposureRow> kinds = usd.exposures().get(ExposureDimension.RATE_KIND);
        assertThat(kinds).extracting(ExposureRow::key)
                .containsExactly("Floating", "Fixed to floating", "Fixed", "Stepped");
        assertThat(kinds).extracting(ExposureRow::outstandingMinor)
                .containsExactly(200_000_00L, 150_000_00L, 100_000_00L, 50_000_00L);
        assertThat(kinds).extracting(ExposureRow::share).containsExactly(0.4, 0.3, 0.2, 0.1);
        // By index: SOFR holds the floating and the converting note, 350,000 (70%); "Fixed" the others.
        List<ExposureRow> indices = usd.exposures().get(ExposureDimension.INDEX);
        assertThat(indices).extracting(ExposureRow::key).containsExactly("SOFR", "Fixed");
        assertThat(indices).extracting(ExposureRow::notes).containsExactly(2L, 2L);
        assertThat(indices).extracting(ExposureRow::outstandingMinor).containsExactly(350_000_00L, 150_000_00L);
    }

    @Test
    void floatingShareIsThePrincipalTiedToAnIndex() {
        // (200,000 + 150,000) ÷ 500,000 = 0.7. 0.7 has no exact double, so the tolerance is 1e-15,
        // a few units in the last place of one double division.
        assertThat(book(List.of(FIX, STEP, FLOAT, CONV)).floatingShare()).isCloseTo(0.7, within(1e-15));
        assertThat(book(List.of(FIX, STEP)).floatingShare()).isZero();
        assertThat(book(List.of(FLOAT)).floatingShare()).isEqualTo(1.0);
    }

    @Test
    void conversionsAreNamedByTheSideThatFloats() {
        RateTerms fixed = RateTerms.fixed(new BigDecimal("0.05"));
        LocalDate on = LocalDate.of(2025, 1, 1);
        RateTerms.Floating prime = RateTerms.Floating.builder("PRIME").initialRate("0.08")
                .resets(Frequency.MONTHLY, LocalDate.of(2025, 2, 1)).build();
        assertThat(RateKind.of(new RateTerms.Conversion(sofr(LocalDate.of(2024, 4, 1)), on, fixed)))
                .isEqualTo(RateKind.FLOATING_TO_FIXED);
        assertThat(RateKind.of(new RateTerms.Conversion(fixed, on, prime))).isEqualTo(RateKind.FIXED_TO_FLOATING);
        assertThat(RateKind.of(new RateTerms.Conversion(fixed, on, RateTerms.fixed(new BigDecimal("0.06")))))
                .isEqualTo(RateKind.STEPPED);
        RateTerms sofrToPrime = new RateTerms.Conversion(sofr(LocalDate.of(2024, 4, 1)), on, prime);
        assertThat(RateKind.of(sofrToPrime)).isEqualTo(RateKind.FLOATING);
        // Between two floating rates, the index of the side in effect on the date: SOFR before, PRIME from.
        assertThat(RateKind.indexOf(sofrToPrime, on.minusDays(1))).isEqualTo("SOFR");
        assertThat(RateKind.indexOf(sofrToPrime, on)).isEqualTo("PRIME");
        assertThat(RateKind.indexOf(fixed, on)).isEqualTo("Fixed");
        assertThat(RateKind.ofLabel("Fixed to floating")).isEqualTo(RateKind.FIXED_TO_FLOATING);
        assertThat(RateKind.ofLabel("fixed")).isNull();
    }
}
