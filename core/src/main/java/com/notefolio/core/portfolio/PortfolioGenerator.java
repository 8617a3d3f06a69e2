package com.notefolio.core.portfolio;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.Party;
import com.notefolio.core.note.PrepaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic portfolio: note {@code i} of seed {@code s} is always the same note, made
 * from its own random stream, so any range of notes can be generated on any thread or machine without
 * holding the others. Note 0 is the 2003 promissory note as its document states it.
 *
 * <p>The mix: terms of 36–360 months; every amortization kind (level payment most often, then interest
 * only, constant principal, bullet, stated tables); monthly payments mostly, some quarterly,
 * semi-annual and annual; every accrual basis; principals log-uniform from $5,000 to $5,000,000; rates
 * 3–15% with two to four decimals; issue dates 2012–2025, some on month ends; borrowers drawn with a
 * Zipf-like skew from a pool so that a few carry much of the book; sectors, US regions and ratings.
 */
public final class PortfolioGenerator {

    private static final String[] SECTORS = {"Real Estate", "Manufacturing", "Retail", "Healthcare",
        "Technology", "Hospitality", "Construction", "Transportation", "Agriculture", "Energy",
        "Professional Services", "Consumer"};
    private static final String[] REGIONS = {"CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI",
        "NJ", "VA", "WA", "AZ", "MA", "CO", "MN", "OR", "NV", "UT"};
    private static final String[] RATINGS = {"A", "B", "C", "D", "E", "F", "G"};
    private static final DayCount[] BASES = {DayCounts.PERIODIC, DayCounts.PERIODIC, DayCounts.THIRTY_360_US,
        DayCounts.THIRTY_E_360, DayCounts.ACT_360, DayCounts.ACT_365F, DayCounts.ACT_ACT_ISDA};
    private static final RoundingRule[] ROUNDINGS = RoundingRule.values();

    private final long seed;
    private final int borrowers;

    /** A generator of the portfolio {@code seed}, drawing borrowers from a pool of {@code borrowers}. */
    public PortfolioGenerator(long seed, int borrowers) {
        if (borrowers < 1) {
            throw new IllegalArgumentException("borrowers must be at least 1");
        }
        this.seed = seed;
        this.borrowers = borrowers;
    }

    /** A pool of borrowers scaled to a portfolio of {@code notes} notes (about one per 20 notes). */
    public static PortfolioGenerator forPortfolio(long seed, long notes) {
        return new PortfolioGenerator(seed, (int) Math.max(10, Math.min(1_000_000, notes / 20)));
    }

    /** Note {@code index} of this portfolio. */
    public Position note(long index) {
        if (index == 0) {
            return Position.atPar(promissoryNote2003());
        }
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        String id = "N" + index;
        double kind = r.nextDouble();
        Amortization amortization = kind < 0.55 ? Amortization.LEVEL_PAYMENT
                : kind < 0.75 ? Amortization.INTEREST_ONLY
                : kind < 0.88 ? Amortization.CONSTANT_PRINCIPAL
                : kind < 0.96 ? Amortization.BULLET
                : Amortization.STATED;
        Frequency frequency = amortization == Amortization.BULLET ? Frequency.AT_MATURITY : frequency(r);
        int step = Math.max(1, frequency.months());
        int termMonths = (36 + r.nextInt(325)) / step * step;
        termMonths = Math.max(termMonths, 36 / step * step);
        LocalDate issue = LocalDate.of(2012 + r.nextInt(14), 1 + r.nextInt(12), 1)
                .plusDays(r.nextInt(31));
        if (r.nextInt(10) == 0) {
            issue = issue.withDayOfMonth(issue.lengthOfMonth());
        }
        LocalDate maturity = issue.plusMonths(termMonths);
        BigDecimal principal = BigDecimal.valueOf(Math.round(Math.exp(Math.log(5_000) + r.nextDouble()
                * Math.log(1_000)) * 100), 2);
        BigDecimal rate = BigDecimal.valueOf(300 + r.nextInt(1200), 4);
        if (r.nextBoolean()) {
            rate = rate.add(BigDecimal.valueOf(r.nextInt(100), 6));
        }
        int borrower = zipf(r);
        NoteTerms.Builder b = NoteTerms.builder(id)
                .borrower(new Party("Borrower " + borrower, null))
                .lender("Lender " + (1 + r.nextInt(25)))
                .sector(SECTORS[Math.floorMod(borrower * 7 + 3, SECTORS.length)])
                .region(REGIONS[Math.floorMod(borrower * 11 + 5, REGIONS.length)])
                .rating(RATINGS[Math.min(RATINGS.length - 1, (int) Math.abs(r.nextGaussian() * 2.2))])
                .principal(principal)
                .annualRate(rate)
                .issueDate(issue)
                .maturityDate(maturity)
                .frequency(frequency)
                .amortization(amortization)
                .accrualBasis(BASES[r.nextInt(BASES.length)])
                .paymentRounding(ROUNDINGS[r.nextInt(4) == 0 ? r.nextInt(ROUNDINGS.length) : 0])
                .prepayment(r.nextInt(5) == 0
                        ? new PrepaymentTerms(true, BigDecimal.valueOf(1 + r.nextInt(3), 2), issue.plusYears(1))
                        : PrepaymentTerms.FREELY)
                .defaults(new DefaultTerms(10 + 5 * r.nextInt(4), rate.add(new BigDecimal("0.05")), true, true,
                        List.of()));
        if (r.nextInt(3) > 0) {
            b.security(true, "Collateral of borrower " + borrower,
                    principal.multiply(BigDecimal.valueOf(50 + r.nextInt(100), 2)).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        if (amortization == Amortization.LEVEL_PAYMENT && r.nextInt(6) == 0) {
            b.amortizationMonths(Math.min(NoteTerms.MAX_PERIODS, termMonths * 2));
        }
        if (amortization == Amortization.STATED) {
            statedTable(b, issue, termMonths, step, principal, rate);
        }
        return Position.atPar(b.build());
    }

    /** The 2003 promissory note of shared/seed, as stated: 28 payments of $1,500 and a $151,500 balloon. */
    public static NoteTerms promissoryNote2003() {
        NoteTerms.Builder b = NoteTerms.builder("INFINITE-2003")
                .borrower(new Party("Infinite Group, Inc.", "595 Blossom Road, Suite 309, Rochester, NY 14610"))
                .lender(new Party("Carle C. Conway", "10113 NE Kitsap Street, Bainbridge Island, WA 98110"))
                .sector("Technology").region("NY").rating("C")
                .principal("150000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2003, 8, 13))
                .maturityDate(LocalDate.of(2006, 1, 12))
                .amortization(Amortization.STATED)
                .security(true, "Collateral Security Agreement of even date", null)
                .defaults(new DefaultTerms(10, null, true, true, List.of(
                        "Failure to pay a monthly installment within ten days of its due date following the"
                                + " Lender's written notice of default and demand",
                        "Bankruptcy of the Borrower, or bankruptcy proceedings against it not dismissed within"
                                + " ninety days, or an assignment for the benefit of creditors",
                        "A judgment against the Borrower not paid, satisfied, discharged, stayed or bonded within"
                                + " ninety days",
                        "Assignment of the Note by the Borrower other than to an affiliate")))
                .governingLaw("New York");
        LocalDate due = LocalDate.of(2003, 9, 12);
        for (int i = 0; i < 28; i++) {
            b.addStatedPayment(due.plusMonths(i), new BigDecimal("1500.00"));
        }
        b.addStatedPayment(LocalDate.of(2006, 1, 12), new BigDecimal("151500.00"));
        return b.build();
    }

    /** An interest-only table with a balloon, its payments the note's periodic interest (as in 2003's). */
    private static void statedTable(NoteTerms.Builder b, LocalDate issue, int termMonths, int step,
                                    BigDecimal principal, BigDecimal rate) {
        b.accrualBasis(DayCounts.PERIODIC).frequency(Frequency.MONTHLY);
        BigDecimal interest = principal.multiply(rate).divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
        int payments = Math.min(termMonths, 120);
        for (int i = 1; i < payments; i++) {
            b.addStatedPayment(issue.plusMonths(i), interest);
        }
        b.addStatedPayment(issue.plusMonths(payments), interest.add(principal));
        b.maturityDate(issue.plusMonths(payments));
    }

    private static Frequency frequency(SplittableRandom r) {
        int f = r.nextInt(20);
        return f < 16 ? Frequency.MONTHLY : f < 18 ? Frequency.QUARTERLY : f < 19 ? Frequency.SEMI_ANNUAL
                : Frequency.ANNUAL;
    }

    /** Borrower numbers with P(k) ∝ 1/k: a few large borrowers and a long tail. */
    private int zipf(SplittableRandom r) {
        double u = r.nextDouble();
        return 1 + (int) Math.min(borrowers - 1, Math.floor(Math.exp(u * Math.log(borrowers + 1.0)) - 1));
    }

    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
