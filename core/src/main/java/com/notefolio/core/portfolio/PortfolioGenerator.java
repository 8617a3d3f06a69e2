package com.notefolio.core.portfolio;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.Party;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.StructureTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.javamoney.moneta.Money;

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
 *
 * <p><b>Rates</b> ({@link RateMix}). {@link RateMix#FIXED_ONLY}, the default, gives every note its one
 * fixed rate, exactly as this generator always has. {@link RateMix#REALISTIC} keeps every note's other
 * terms (they come from the note's own stream, drawn in the same order) and draws its rate from a second
 * stream of the note, in the proportions of a commercial promissory-note book. Of the notes that can
 * carry a moving rate (level payment, interest only, constant principal: not stated tables, which fix
 * their payments, nor bullets, which are mostly private and seller notes at a fixed rate):
 *
 * <ul>
 *   <li>52 % fixed;</li>
 *   <li>22 % floating over <b>Prime</b> + 0–3 % (in quarter points), resetting monthly (85 %) or
 *       quarterly, read on the reset date (70 %) or 1 or 2 days before; a floor at the initial rate
 *       (60 %), a lifetime cap 5 points above it (12 %), rounding to the nearest 1/8 % (20 %);</li>
 *   <li>14 % floating over <b>SOFR</b> (Term SOFR) + 2–4.5 %, resetting monthly (60 %) or quarterly,
 *       with the 2- or 5-day lookback of term-rate loans, an index floor of 0.25–1 % (50 %), a lifetime cap
 *       (12 %), periodic caps and floors of 2 points (5 %);</li>
 *   <li>7 % stepped: one to four steps of 0.25–1 % up, every one to five years;</li>
 *   <li>3 % fixed for three or five years, then floating (a hybrid); 2 % floating for one or two years,
 *       then fixed (a construction loan converting to its permanent rate).</li>
 * </ul>
 *
 * <p>So with the stated and bullet notes about 58 % of the notes are fixed, a third floating, 6 % stepped
 * and 4 % converting. Why: most bank commercial and industrial loans float — the Federal Reserve's Survey
 * of Terms of Business Lending (statistical release E.2, to 2017) found most of the value of new C&amp;I
 * loans at floating rates, the smaller loans mostly priced off Prime; SBA 7(a) loans, the model of the
 * small commercial note, are mostly variable and pegged to Prime (SBA SOP 50 10: Prime, and since 2023
 * Term SOFR, as base rates); the larger commercial loans moved from LIBOR to Term SOFR in 2021–23 (the
 * ARRC's recommended fallback); while private and seller-financed promissory notes, like the 2003 note,
 * are mostly fixed. A book mixing both is therefore mostly fixed by count with a large floating part.
 * Floating and converting notes accrue on ACT/360 (80 %), the market convention of both indices, and one
 * in ten states a maximum lawful rate of 18 %. The index data the notes read is
 * {@link #indexData(LocalDate)}: {@link SyntheticIndexHistory}'s fixings to the as-of date and its curve.
 *
 * <p><b>Shapes</b> ({@link ShapeMix}). {@link ShapeMix#PLAIN}, the default, gives every note its plain
 * shape, exactly as this generator always has. {@link ShapeMix#STRUCTURED} keeps every term above and
 * draws, from a third stream of the note, a repayment structure for some of the level-payment,
 * interest-only and constant-principal notes (about 15 % of them, 13 % of the book):
 *
 * <ul>
 *   <li>6 % an <b>interest-only lead-in</b> of 12 or 24 months before a level-payment or constant-principal
 *       amortization (6 months too for monthly notes) — the common shape of commercial real-estate and
 *       construction-to-permanent loans, whose first year or two pay interest only;</li>
 *   <li>5 % a <b>disbursement</b> 1–20 days after the note's date: a loan documented at closing and funded
 *       when its conditions are met;</li>
 *   <li>3 % a <b>PPP-style deferral</b> of a monthly level-payment note: no payments for 6 to 10 months
 *       (the SBA's deferral for 2020 PPP loans), the deferred interest spread over the installments (50 %),
 *       capitalized (30 %) or paid with the first (20 %), on 30/360 when the note counted whole periods; half
 *       of them forgiven in part (25–75 % of the principal) during the deferral, as most PPP loans were;</li>
 *   <li>3 % a <b>grid note</b> of an interest-only or level-payment note: 2 to 4 advances one to three months
 *       apart, the first on the note's date, together 70–100 % of the principal (the most it may lend),
 *       on ACT/360 when the note counted whole periods (an advance between due dates needs days);</li>
 *   <li>4 % of the constant-principal notes (of six due dates or more) <b>stepped principal</b>, an equipment
 *       note's: half the level installment for the first third of the due dates, then five quarters of it;</li>
 *   <li>3 % of the interest-only notes a <b>revolving line</b>: the principal is the commitment, 40–70 % drawn
 *       on the note's date, then repayments and new draws between due dates, and a commitment fee of 0.25 to
 *       0.5 % a year on the undrawn part (on ACT/360 when the note counted whole periods);</li>
 *   <li>2 % of the interest-only notes <b>payable on demand</b>, valued at their maturity date as the assumed
 *       demand date.</li>
 * </ul>
 *
 * <p>Shares of books of this kind are not published; these are deliberately small, so that the plain
 * shapes still dominate as they do in a commercial book, while each structure appears thousands of times
 * in a portfolio of 200,000 notes.
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
    private final RateMix rateMix;
    private final ShapeMix shapeMix;
    private final SyntheticIndexHistory indices;

    /** A generator of the portfolio {@code seed}, drawing borrowers from a pool of {@code borrowers}; fixed rates only. */
    public PortfolioGenerator(long seed, int borrowers) {
        this(seed, borrowers, RateMix.FIXED_ONLY);
    }

    /** A generator of the portfolio {@code seed}, drawing borrowers from a pool of {@code borrowers}, rates of {@code mix}. */
    public PortfolioGenerator(long seed, int borrowers, RateMix mix) {
        this(seed, borrowers, mix, ShapeMix.PLAIN);
    }

    /** A generator of the portfolio {@code seed} as above, rates of {@code mix}, shapes of {@code shapes}. */
    public PortfolioGenerator(long seed, int borrowers, RateMix mix, ShapeMix shapes) {
        if (borrowers < 1) {
            throw new IllegalArgumentException("borrowers must be at least 1");
        }
        this.seed = seed;
        this.borrowers = borrowers;
        this.rateMix = java.util.Objects.requireNonNull(mix, "mix");
        this.shapeMix = java.util.Objects.requireNonNull(shapes, "shapes");
        this.indices = mix == RateMix.REALISTIC ? new SyntheticIndexHistory(seed) : null;
    }

    /** A pool of borrowers scaled to a portfolio of {@code notes} notes (about one per 20 notes); fixed rates only. */
    public static PortfolioGenerator forPortfolio(long seed, long notes) {
        return forPortfolio(seed, notes, RateMix.FIXED_ONLY);
    }

    /** A pool of borrowers scaled to a portfolio of {@code notes} notes (about one per 20 notes), rates of {@code mix}. */
    public static PortfolioGenerator forPortfolio(long seed, long notes, RateMix mix) {
        return forPortfolio(seed, notes, mix, ShapeMix.PLAIN);
    }

    /** A pool of borrowers scaled to a portfolio of {@code notes} notes, rates of {@code mix}, shapes of {@code shapes}. */
    public static PortfolioGenerator forPortfolio(long seed, long notes, RateMix mix, ShapeMix shapes) {
        return new PortfolioGenerator(seed, (int) Math.max(10, Math.min(1_000_000, notes / 20)), mix, shapes);
    }

    public RateMix rateMix() {
        return rateMix;
    }

    public ShapeMix shapeMix() {
        return shapeMix;
    }

    /**
     * The index fixings the notes read, up to {@code asOf}; none for {@link RateMix#FIXED_ONLY}, whose
     * notes read no index.
     */
    public List<IndexFixing> fixings(LocalDate asOf) {
        return indices == null ? List.of() : indices.fixings(asOf);
    }

    /** The indices' forward curves as of {@code asOf}; none for {@link RateMix#FIXED_ONLY}. */
    public List<ForwardCurve> indexCurves(LocalDate asOf) {
        return indices == null ? List.of() : indices.curves(asOf);
    }

    /** The index data as of {@code asOf} that every floating rate of this portfolio is set from. */
    public IndexData indexData(LocalDate asOf) {
        return indices == null ? IndexData.NONE : indices.indexData(asOf);
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
        if (indices != null && amortization != Amortization.STATED && amortization != Amortization.BULLET) {
            // A stream of its own, so that every other term is the fixed-only mix's, draw for draw.
            realisticRate(b, new SplittableRandom(mix(seed ^ RATE_STREAM, index)), issue, maturity, rate,
                    frequency.months());
        }
        NoteTerms terms = b.build();
        if (shapeMix == ShapeMix.STRUCTURED && amortization != Amortization.STATED && amortization != Amortization.BULLET) {
            // A stream of its own again: the plain mix's terms stay draw for draw, the structure comes on top.
            terms = structured(terms, new SplittableRandom(mix(seed ^ SHAPE_STREAM, index)));
        }
        return Position.atPar(terms);
    }

    private static final long SHAPE_STREAM = 0x5AA9_E5_57_12_0C_4EL;

    /** The note with a structure of the structured mix, or as it is; the shares and why are in the class comment. */
    private static NoteTerms structured(NoteTerms t, SplittableRandom r) {
        double kind = r.nextDouble();
        Amortization amortization = t.amortization();
        boolean amortizes = amortization == Amortization.LEVEL_PAYMENT || amortization == Amortization.CONSTANT_PRINCIPAL;
        boolean periodic = t.accrualBasis() == DayCounts.PERIODIC;
        int months = t.frequency().months();
        if (kind < 0.06) {
            if (!amortizes) {
                return t;
            }
            int[] choices = months == 1 ? new int[] {6, 12, 12, 24} : new int[] {12, 24};
            int leadIn = choices[r.nextInt(choices.length)] / months * months;
            LocalDate first = t.firstPaymentDate().plusMonths(leadIn);
            return first.isBefore(t.maturityDate()) ? t.toBuilder().firstPrincipalDate(first).build() : t;
        }
        if (kind < 0.11) {
            LocalDate disbursed = t.issueDate().plusDays(1 + r.nextInt(20));
            if (!disbursed.isBefore(t.firstPaymentDate())) {
                return t;
            }
            return t.toBuilder().structure(new StructureTerms(disbursed, List.of(), null, List.of())).build();
        }
        if (kind < 0.14) {
            if (amortization != Amortization.LEVEL_PAYMENT || months != 1 || t.amortizationMonths() != null) {
                return t;
            }
            LocalDate through = t.firstPaymentDate().plusMonths(5 + r.nextInt(5));
            double rule = r.nextDouble();
            Deferral.DeferredInterest interest = rule < 0.5 ? Deferral.DeferredInterest.SPREAD
                    : rule < 0.8 ? Deferral.DeferredInterest.CAPITALIZE : Deferral.DeferredInterest.PAY_AT_FIRST;
            List<DatedAmount> forgiven = List.of();
            if (r.nextBoolean()) {
                // Forgiven during the deferral, when nothing has been repaid: never more than the balance then.
                BigDecimal share = BigDecimal.valueOf(25 + r.nextInt(51), 2);
                BigDecimal amount = NoteTerms.decimal(t.principal()).multiply(share).setScale(2, RoundingMode.DOWN);
                forgiven = List.of(new DatedAmount(through.minusMonths(1).minusDays(r.nextInt(20)),
                        Money.of(amount, t.currency())));
            }
            return t.toBuilder().accrualBasis(periodic ? DayCounts.THIRTY_360_US : t.accrualBasis())
                    .structure(new StructureTerms(null, List.of(), new Deferral(through, interest), forgiven)).build();
        }
        if (kind < 0.17) {
            if (amortization != Amortization.INTEREST_ONLY && amortization != Amortization.LEVEL_PAYMENT) {
                return t;
            }
            int count = 2 + r.nextInt(3);
            BigDecimal principal = NoteTerms.decimal(t.principal());
            BigDecimal lent = principal.multiply(BigDecimal.valueOf(70 + r.nextInt(31), 2));
            // The first advance funds 40-60 % of what is lent; the later ones share the rest equally.
            BigDecimal first = lent.multiply(BigDecimal.valueOf(40 + r.nextInt(21), 2)).setScale(2, RoundingMode.DOWN);
            BigDecimal later = lent.subtract(first).divide(BigDecimal.valueOf(count - 1), 2, RoundingMode.DOWN);
            List<DatedAmount> advances = new ArrayList<>(count);
            advances.add(new DatedAmount(t.issueDate(), Money.of(first, t.currency())));
            LocalDate on = t.issueDate();
            for (int k = 1; k < count; k++) {
                on = on.plusMonths(1 + r.nextInt(3)).plusDays(r.nextInt(28));
                advances.add(new DatedAmount(on, Money.of(later, t.currency())));
            }
            if (!on.isBefore(t.maturityDate())) {
                return t;
            }
            return t.toBuilder().accrualBasis(periodic ? DayCounts.ACT_360 : t.accrualBasis())
                    .structure(new StructureTerms(null, advances, null, List.of())).build();
        }
        if (kind < 0.21) {
            return amortization == Amortization.CONSTANT_PRINCIPAL ? steppedPrincipal(t) : t;
        }
        if (kind < 0.24) {
            return amortization == Amortization.INTEREST_ONLY ? revolving(t, r, periodic) : t;
        }
        if (kind < 0.26) {
            return amortization == Amortization.INTEREST_ONLY
                    ? t.toBuilder().structure(StructureTerms.NONE.onDemand(true)).build() : t;
        }
        return t;
    }

    /**
     * An equipment note's stepped principal: half the level installment (principal ÷ due dates) for the first
     * third of its due dates, while the equipment earns its keep, then five quarters of it; the last due date
     * retires what is left (about one and a quarter installments).
     */
    private static NoteTerms steppedPrincipal(NoteTerms t) {
        int months = t.frequency().months();
        long dueDates = t.firstPaymentDate().until(t.maturityDate(), java.time.temporal.ChronoUnit.MONTHS) / months + 1;
        if (dueDates < 6) {
            return t;
        }
        BigDecimal level = NoteTerms.decimal(t.principal()).divide(BigDecimal.valueOf(dueDates), 2, RoundingMode.DOWN);
        BigDecimal half = level.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        BigDecimal stepUp = level.multiply(new BigDecimal("1.25")).setScale(2, RoundingMode.DOWN);
        LocalDate later = t.firstPaymentDate().plusMonths(dueDates / 3 * months);
        List<InstallmentStep> steps = List.of(
                new InstallmentStep(t.firstPaymentDate(), Money.of(half, t.currency()), InstallmentStep.Kind.PRINCIPAL),
                new InstallmentStep(later, Money.of(stepUp, t.currency()), InstallmentStep.Kind.PRINCIPAL));
        return t.toBuilder().structure(StructureTerms.NONE.withInstallments(steps)).build();
    }

    /**
     * A revolving line of an interest-only note: its principal is the commitment; 40–70 % drawn on its date,
     * then 2 to 5 events a month or two apart, between due dates, alternately a repayment of 10–30 % of the
     * commitment (never more than is drawn) and a new draw of 10–30 % (never above the commitment); a
     * commitment fee of 0.25 %, 0.375 % or 0.5 % a year on the undrawn part, the usual range of bank lines.
     */
    private static NoteTerms revolving(NoteTerms t, SplittableRandom r, boolean periodic) {
        BigDecimal commitment = NoteTerms.decimal(t.principal());
        BigDecimal drawn = commitment.multiply(BigDecimal.valueOf(40 + r.nextInt(31), 2)).setScale(2, RoundingMode.DOWN);
        List<DatedAmount> advances = new ArrayList<>();
        List<DatedAmount> repayments = new ArrayList<>();
        advances.add(new DatedAmount(t.issueDate(), Money.of(drawn, t.currency())));
        int events = 2 + r.nextInt(4);
        LocalDate on = t.issueDate();
        for (int k = 0; k < events; k++) {
            on = on.plusMonths(1 + r.nextInt(2)).plusDays(5 + r.nextInt(15));
            if (!on.isBefore(t.maturityDate())) {
                break;
            }
            BigDecimal amount = commitment.multiply(BigDecimal.valueOf(10 + r.nextInt(21), 2)).setScale(2, RoundingMode.DOWN);
            if (k % 2 == 0) {
                amount = amount.min(drawn);
                repayments.add(new DatedAmount(on, Money.of(amount, t.currency())));
                drawn = drawn.subtract(amount);
            } else {
                amount = amount.min(commitment.subtract(drawn));
                if (amount.signum() > 0) {
                    advances.add(new DatedAmount(on, Money.of(amount, t.currency())));
                    drawn = drawn.add(amount);
                }
            }
        }
        BigDecimal[] fees = {new BigDecimal("0.0025"), new BigDecimal("0.00375"), new BigDecimal("0.005")};
        StructureTerms line = new StructureTerms(null, advances, null, List.of()).revolving(repayments,
                fees[r.nextInt(fees.length)]);
        return t.toBuilder().accrualBasis(periodic ? DayCounts.ACT_360 : t.accrualBasis()).structure(line).build();
    }

    private static final long RATE_STREAM = 0x7A7E_5EED_0F_12L;
    private static final BigDecimal BP = new BigDecimal("0.0001");

    /** The rate of a note of the realistic mix; the proportions and why are in the class comment. */
    private void realisticRate(NoteTerms.Builder b, SplittableRandom r, LocalDate issue, LocalDate maturity,
                               BigDecimal fixedRate, int paymentMonths) {
        double kind = r.nextDouble();
        int termMonths = (int) issue.until(maturity, java.time.temporal.ChronoUnit.MONTHS);
        if (kind < 0.52) {
            return;
        }
        boolean prime = kind < 0.74;
        if (kind < 0.88) {
            b.rate(floating(r, prime ? SyntheticIndexHistory.PRIME : SyntheticIndexHistory.SOFR, issue, issue,
                    paymentMonths));
            floatingConventions(b, r);
        } else if (kind < 0.95) {
            b.rate(stepped(r, issue, maturity, fixedRate));
        } else if (kind < 0.98) {
            int fixedMonths = r.nextBoolean() ? 36 : 60;
            if (fixedMonths >= termMonths) {
                return;
            }
            LocalDate on = issue.plusMonths(fixedMonths);
            b.rate(new RateTerms.Conversion(RateTerms.fixed(fixedRate), on,
                    floating(r, SyntheticIndexHistory.SOFR, issue, on, paymentMonths)));
            floatingConventions(b, r);
        } else {
            int floatingMonths = r.nextBoolean() ? 12 : 24;
            if (floatingMonths >= termMonths) {
                return;
            }
            LocalDate on = issue.plusMonths(floatingMonths);
            RateTerms.Floating before = floating(r, SyntheticIndexHistory.SOFR, issue, issue, paymentMonths);
            // The permanent rate: the index where it stands at conversion plus the margin, to the basis point.
            BigDecimal permanent = indices.levelOn(SyntheticIndexHistory.SOFR, on).add(before.spread())
                    .setScale(4, RoundingMode.HALF_UP);
            b.rate(new RateTerms.Conversion(before, on, RateTerms.fixed(permanent)));
            floatingConventions(b, r);
        }
    }

    /** ACT/360 mostly, the convention of Prime and SOFR loans; now and then a maximum lawful rate. */
    private static void floatingConventions(NoteTerms.Builder b, SplittableRandom r) {
        if (r.nextInt(5) > 0) {
            b.accrualBasis(DayCounts.ACT_360);
        }
        if (r.nextInt(10) == 0) {
            b.maxLawfulRate("0.18");
        }
    }

    /**
     * A floating rate over {@code index} from {@code start} (the issue date, or the conversion date of a
     * note that converts to it): its initial rate the index's level at {@code start} plus the spread,
     * resets from one reset period after {@code start}, never more often than the note pays.
     */
    private RateTerms.Floating floating(SplittableRandom r, String index, LocalDate issue, LocalDate start,
                                        int paymentMonths) {
        boolean prime = index.equals(SyntheticIndexHistory.PRIME);
        BigDecimal spread = prime ? BP.multiply(BigDecimal.valueOf(25L * r.nextInt(13)))
                : BP.multiply(BigDecimal.valueOf(200 + 25L * r.nextInt(11)));
        int resetMonths = Math.max(paymentMonths, prime ? (r.nextInt(20) < 17 ? 1 : 3) : (r.nextInt(5) < 3 ? 1 : 3));
        int lookback = prime ? (r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(2)) : (r.nextInt(10) < 7 ? 2 : 5);
        RateTerms.RateRounding rounding = prime && r.nextInt(5) == 0 ? RateTerms.RateRounding.NEAREST_EIGHTH : null;
        BigDecimal initial = indices.levelOn(index, start).add(spread);
        initial = rounding != null ? rounding.round(initial) : initial.setScale(4, RoundingMode.HALF_UP);
        BigDecimal floor = null;
        if (prime ? r.nextInt(10) < 6 : r.nextBoolean()) {
            // A Prime note's floor is its rate at closing; a SOFR note's, an index floor of 0.25-1% plus the margin.
            floor = prime ? initial : spread.add(BP.multiply(BigDecimal.valueOf(25L * (1 + r.nextInt(4))))).min(initial);
        }
        BigDecimal cap = r.nextInt(25) < 3 ? initial.add(new BigDecimal("0.05")).min(BigDecimal.ONE) : null;
        RateTerms.Floating.Builder f = RateTerms.Floating.builder(index).spread(spread.toPlainString())
                .initialRate(initial.toPlainString())
                .resets(everyMonths(resetMonths), start.plusMonths(resetMonths))
                .lookbackDays(lookback).rounding(rounding)
                .lifetimeCapFloor(cap == null ? null : cap.toPlainString(), floor == null ? null : floor.toPlainString());
        if (!prime && r.nextInt(20) == 0) {
            f.periodicCapFloor("0.02", "0.02");
        }
        return f.build();
    }

    private static Frequency everyMonths(int months) {
        return switch (months) {
            case 1 -> Frequency.MONTHLY;
            case 3 -> Frequency.QUARTERLY;
            case 6 -> Frequency.SEMI_ANNUAL;
            default -> Frequency.ANNUAL;
        };
    }

    /** One to four steps up of 0.25-1% from the fixed rate, every one to five years, all before maturity. */
    private static RateTerms.Stepped stepped(SplittableRandom r, LocalDate issue, LocalDate maturity, BigDecimal rate) {
        int everyMonths = 12 * (1 + r.nextInt(5));
        int steps = 1 + r.nextInt(4);
        BigDecimal up = BP.multiply(BigDecimal.valueOf(25L * (1 + r.nextInt(4))));
        List<RateTerms.Step> list = new ArrayList<>();
        list.add(new RateTerms.Step(issue, rate));
        BigDecimal current = rate;
        for (int k = 1; k <= steps; k++) {
            LocalDate from = issue.plusMonths((long) k * everyMonths);
            if (!from.isBefore(maturity)) {
                break;
            }
            current = current.add(up);
            list.add(new RateTerms.Step(from, current));
        }
        if (list.size() == 1) {
            list.add(new RateTerms.Step(issue.plusMonths(12), rate.add(up)));
        }
        return new RateTerms.Stepped(list);
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
