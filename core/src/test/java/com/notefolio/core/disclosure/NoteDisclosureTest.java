package com.notefolio.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A note's Truth in Lending box from its resolved schedule. */
class NoteDisclosureTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM-yyyy", Locale.ENGLISH);

    @Test
    void lendingClubLevelPaymentLoansHaveTheirNoteRateAsApr() throws IOException {
        // The 1,000 LoanStats3a loans of test resources lendingclub/ (see LendingClubInstallmentTest): level
        // payments, monthly, no fees, issued on the 1st with the first payment a month later (a regular first
        // period). The actuarial APR of a level annuity at a monthly rate r/12 is r (Appendix J (b)(1): 12 × i),
        // so each must disclose its note rate to the hundredth; the installment rounded up to the cent and the
        // last payment's residue move it by far less.
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        int loans = 0;
        List<String> different = new ArrayList<>();
        try (Reader in = resource("lc_loanstats3a_first1000.csv")) {
            for (CSVRecord r : format.parse(in)) {
                int months = Integer.parseInt(r.get("term").strip().split(" ")[0]);
                BigDecimal percent = new BigDecimal(r.get("int_rate").strip().replace("%", ""));
                LocalDate issue = YearMonth.parse(r.get("issue_d").strip(), MONTH).atDay(1);
                NoteTerms terms = NoteTerms.builder("LC-" + r.get("id"))
                        .borrower("LendingClub borrower")
                        .principal(r.get("funded_amnt").strip())
                        .annualRate(percent.movePointLeft(2))
                        .issueDate(issue)
                        .maturityDate(issue.plusMonths(months))
                        .frequency(Frequency.MONTHLY)
                        .amortization(Amortization.LEVEL_PAYMENT)
                        .accrualBasis(DayCounts.PERIODIC)
                        .paymentRounding(RoundingRule.UP)
                        .interestRounding(RoundingRule.HALF_UP)
                        .build();
                Schedule schedule = ScheduleResolver.resolve(terms);
                TruthInLendingDisclosure box = NoteDisclosure.of(schedule).orElseThrow();
                // Monthly on the 1st: the fast path's, equal to the obvious path's box.
                assertThat(NoteDisclosure.monthlyFastPath(schedule)).isEqualTo(box)
                        .isEqualTo(NoteDisclosure.viaCredit(schedule).orElseThrow());
                loans++;
                assertThat(box.amountFinanced()).isEqualByComparingTo(r.get("funded_amnt").strip());
                if (box.apr().percentHundredths().compareTo(percent.setScale(2)) != 0) {
                    different.add(terms.id() + " " + percent + " " + box.apr().percent());
                }
            }
        }
        assertThat(loans).isEqualTo(1000);
        assertThat(different).isEmpty();
    }

    @Test
    void theNoteOf2003DisclosesTwelvePercentAndItsFinanceCharge() {
        // 150,000.00 at 12% advanced 2003-08-13; 28 interest-only payments of 1,500.00 from 2003-09-12, then
        // 151,500.00 on 2006-01-12 (seed/promissory-note-2003.txt). Total 28 × 1,500 + 151,500 = 193,500.00;
        // finance charge 43,500.00. Each payment is a whole number of months after 2003-09-12, and 08-13 to
        // 09-12 is 30 days, 30/30 of a month at simple interest: every payment discounts as 1% a month
        // compounded, which interest-only payments of 1% repay exactly. APR 12.0000%.
        NoteTerms.Builder b = NoteTerms.builder("INFINITE-2003").borrower("Infinite Group, Inc.")
                .currency("USD").principal("150000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2003, 8, 13)).firstPaymentDate(LocalDate.of(2003, 9, 12))
                .maturityDate(LocalDate.of(2006, 1, 12)).frequency(Frequency.MONTHLY).amortization(Amortization.STATED);
        for (int i = 0; i < 28; i++) {
            b.addStatedPayment(LocalDate.of(2003, 9, 12).plusMonths(i), new BigDecimal("1500.00"));
        }
        b.addStatedPayment(LocalDate.of(2006, 1, 12), new BigDecimal("151500.00"));
        TruthInLendingDisclosure box = NoteDisclosure.of(ScheduleResolver.resolve(b.build())).orElseThrow();
        assertThat(box.amountFinanced()).isEqualByComparingTo("150000.00");
        assertThat(box.totalOfPayments()).isEqualByComparingTo("193500.00");
        assertThat(box.financeCharge()).isEqualByComparingTo("43500.00");
        assertThat(box.apr().unitPeriod()).isEqualTo(UnitPeriod.months(1));
        assertThat(box.apr().percent()).isEqualByComparingTo("12.0000");
    }

    @Test
    void aLongFirstPeriodAsAppendixJCountsIt() {
        // Appendix J (c)(1)(ii)'s dates and amount as a level-payment note at 11.82%: 6,000.00 advanced
        // 1978-02-10, 36 monthly payments from 1978-04-01: the first payment is t = 1 unit-period and f = 19/30
        // after the advance. Expected: Appendix J's equation solved here by plain bisection over the
        // schedule's payments with those t and f written out by hand (t_j = j, f = 19/30), not through the
        // disclosure package; agreement to the 4 decimals the APR keeps (±0.0001 for the last digit's rounding).
        NoteTerms terms = NoteTerms.builder("J-c1ii").borrower("Borrower").principal("6000.00").annualRate("0.1182")
                .issueDate(LocalDate.of(1978, 2, 10)).firstPaymentDate(LocalDate.of(1978, 4, 1))
                .maturityDate(LocalDate.of(1981, 3, 1)).frequency(Frequency.MONTHLY)
                .amortization(Amortization.LEVEL_PAYMENT).accrualBasis(DayCounts.PERIODIC).build();
        Schedule s = ScheduleResolver.resolve(terms);
        assertThat(s.size()).isEqualTo(36);
        double lo = 0;
        double hi = 0.1;
        for (int n = 0; n < 200; n++) {
            double i = (lo + hi) / 2;
            double pv = 0;
            for (int j = 0; j < s.size(); j++) {
                pv += s.paymentMinor(j) / 100.0 / ((1 + 19.0 / 30 * i) * Math.pow(1 + i, j + 1));
            }
            if (pv > 6000) {
                lo = i;
            } else {
                hi = i;
            }
        }
        BigDecimal expected = BigDecimal.valueOf(lo * 12 * 100).setScale(4, RoundingMode.HALF_UP);

        TruthInLendingDisclosure box = NoteDisclosure.of(s).orElseThrow();
        assertThat(box.apr().percent().subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.0001"));
        // PERIODIC interest charges the long first period as two regular periods (6,000 × 11.82% ÷ 12 × 2 =
        // 118.20), where Appendix J counts 1 + 19/30 of one: the disclosed APR is above the note rate.
        assertThat(s.interestMinor(0)).isEqualTo(118_20);
        assertThat(box.apr().percent()).isGreaterThan(new BigDecimal("11.82"));
    }

    @Test
    void theFastPathGivesTheObviousPathsBoxForGeneratedNotesOfEveryKind() {
        // 1,500 notes of the synthetic portfolio (every amortization kind, frequency, rate kind and odd first
        // period it generates): where the fast path applies, its box is the obvious path's exactly; where it
        // does not, of() is the obvious path.
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(7, 1500, RateMix.REALISTIC);
        IndexData indices = generator.indexData(LocalDate.of(2024, 6, 30));
        int fast = 0;
        for (int k = 0; k < 1500; k++) {
            Position p = generator.note(k);
            Schedule s = ScheduleResolver.resolve(p.terms(), indices);
            Optional<TruthInLendingDisclosure> obvious = NoteDisclosure.viaCredit(s);
            TruthInLendingDisclosure quick = NoteDisclosure.monthlyFastPath(s);
            if (quick != null) {
                fast++;
                assertThat(quick).as(p.terms().id()).isEqualTo(obvious.orElseThrow());
            }
            assertThat(NoteDisclosure.of(s)).as(p.terms().id()).isEqualTo(obvious);
        }
        assertThat(fast).isGreaterThan(500);
    }

    private static Reader resource(String file) {
        InputStream in = NoteDisclosureTest.class.getResourceAsStream("/lendingclub/" + file);
        if (in == null) {
            throw new IllegalStateException("test resource /lendingclub/" + file + " is missing");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
