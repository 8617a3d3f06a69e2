package com.notefolio.core.note;

import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.Frequency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a note says its interest rate is, as one of four kinds that differ in what they hold (a sealed
 * type, as Strata's products are): {@link Fixed}, {@link Stepped}, {@link Floating} and a
 * {@link Conversion} from one kind to another on a date. Every rate is an annual fraction (0.12 is 12%)
 * of at most {@link NoteTerms#MAX_RATE_DECIMALS} decimals, between 0 and 1 — except a floating rate that
 * allows negative rates ({@link Floating.NegativeRates#ALLOWED}), between −1 and 1. Each value validates itself
 * when built and fails with an {@link InvalidTermsException} naming the field, the value and the rule
 * (the note's id is added by {@link NoteTerms.Builder#build()}); checks that need the note's dates (a
 * first step on the issue date, a conversion before maturity) are made by {@link NoteTerms}.
 *
 * <p>The rate a period accrues at is the rate in effect on the period's accrual start: a change (a step,
 * a reset, a conversion) takes effect from the first period that starts on or after its date — unless a
 * floating rate resets {@link Floating.ResetTiming#ON_RESET_DATE on its reset date}, when a period that
 * straddles a reset accrues its days before it at the old rate and after it at the new. A
 * note's {@link NoteTerms#maxLawfulRate() maximum lawful rate} then caps the rate of every kind.
 */
public sealed interface RateTerms {

    /** The rate from the issue date until the first change: the rate a schedule's first period accrues at. */
    BigDecimal initialRate();

    /**
     * The floating rate this rate follows at some time — itself, or a side of a conversion — or
     * {@code null} for a rate that reads no index (fixed, stepped, or a conversion between those).
     */
    default Floating floatingPart() {
        if (this instanceof Floating f) {
            return f;
        }
        if (this instanceof Conversion c) {
            return c.before() instanceof Floating f ? f : c.after() instanceof Floating g ? g : null;
        }
        return null;
    }

    /** A fixed rate, not negative. */
    static Fixed fixed(BigDecimal rate) {
        return new Fixed(rate);
    }

    /** A fixed rate that may be negative when {@code negativeRates} is {@link Floating.NegativeRates#ALLOWED}. */
    static Fixed fixed(BigDecimal rate, Floating.NegativeRates negativeRates) {
        return new Fixed(rate, negativeRates);
    }

    /**
     * One rate for the life of the note. A stated fixed rate (and a step's) is not negative unless its terms
     * say it may be ({@code negativeRates} {@link Floating.NegativeRates#ALLOWED}): a note that states a rate
     * states what the borrower pays, and a negative one there is far likelier a sign typed in error than a
     * lender paying for a whole term. Negative rates mostly arise from an index (EURIBOR 2015–2022), which a
     * {@link Floating} rate allows; a contract that states one outright — an ACTUS contract's −0.5% deposit
     * rate — opts in here, and its period's interest is then negative (the lender pays it). The default
     * ({@link Floating.NegativeRates#HELD_AT_ZERO}, every note's before this option) refuses a negative rate.
     */
    record Fixed(BigDecimal rate, Floating.NegativeRates negativeRates) implements RateTerms {
        public Fixed {
            negativeRates = negativeRates == null ? Floating.NegativeRates.HELD_AT_ZERO : negativeRates;
            rate = negativeRates == Floating.NegativeRates.ALLOWED ? requireSignedRate("annual_rate", rate)
                    : requireRate("annual_rate", rate);
        }

        /** A fixed rate that is not negative. */
        public Fixed(BigDecimal rate) {
            this(rate, Floating.NegativeRates.HELD_AT_ZERO);
        }

        @Override
        public BigDecimal initialRate() {
            return rate;
        }
    }

    /** From {@code from} on, {@code rate}: one dated period of a {@link Stepped} rate. */
    record Step(LocalDate from, BigDecimal rate) {
        public Step {
            if (from == null) {
                throw new InvalidTermsException(null, "rate_step.from", null, "is required");
            }
            rate = requireRate("rate_step.rate", rate);
        }
    }

    /**
     * Dated rate periods: each step's rate holds from its date until the next step's. The steps'
     * dates strictly increase; the first is on or before the issue date (checked by {@link NoteTerms}),
     * so every period has a rate.
     */
    record Stepped(List<Step> steps) implements RateTerms {
        public Stepped {
            if (steps == null || steps.isEmpty()) {
                throw new InvalidTermsException(null, "rate_steps", "none", "a stepped rate needs at least one dated step");
            }
            steps = List.copyOf(steps);
            for (int i = 1; i < steps.size(); i++) {
                if (!steps.get(i).from().isAfter(steps.get(i - 1).from())) {
                    throw new InvalidTermsException(null, "rate_steps[" + (i + 1) + "].from", steps.get(i).from(),
                            "must be after the previous step's date " + steps.get(i - 1).from());
                }
            }
        }

        @Override
        public BigDecimal initialRate() {
            return steps.get(0).rate();
        }
    }

    /**
     * How a reset rate is rounded: to a multiple of {@code increment} (0.00125 is 1/8 of a percentage
     * point), to the nearest ({@link RoundingMode#HALF_UP}, halves up), {@link RoundingMode#UP} or
     * {@link RoundingMode#DOWN}. The Fannie Mae/Freddie Mac uniform multistate adjustable rate notes
     * (§4(C)) round index + margin "to the nearest one-eighth of one percentage point (0.125%)".
     */
    record RateRounding(BigDecimal increment, RoundingMode mode) {
        /** To the nearest 1/8 of a percentage point, halves up. */
        public static final RateRounding NEAREST_EIGHTH = new RateRounding(new BigDecimal("0.00125"), RoundingMode.HALF_UP);

        public RateRounding {
            increment = requireRate("rate.rounding_increment", increment);
            if (increment.signum() == 0) {
                throw new InvalidTermsException(null, "rate.rounding_increment", increment, "must be positive");
            }
            if (mode != RoundingMode.HALF_UP && mode != RoundingMode.UP && mode != RoundingMode.DOWN) {
                throw new InvalidTermsException(null, "rate.rounding_mode", mode, "must be HALF_UP (nearest), UP or DOWN");
            }
        }

        /**
         * {@code rate} rounded to a multiple of the increment. Up and down are toward a higher and a lower
         * rate, below zero too (−0.1% rounded up to 1/8 is −0.0%, not −0.125%); the nearest is symmetric.
         */
        public BigDecimal round(BigDecimal rate) {
            RoundingMode m = rate.signum() >= 0 ? mode : mode == RoundingMode.UP ? RoundingMode.CEILING
                    : mode == RoundingMode.DOWN ? RoundingMode.FLOOR : mode;
            return rate.divide(increment, 0, m).multiply(increment);
        }

        /**
         * The rounding in words, as a note states it: "rounded to the nearest 0.125%", "rounded up to a
         * multiple of 0.125%"; for {@code null} (no rounding) what the resolver keeps instead.
         */
        public static String words(RateRounding r) {
            if (r == null) {
                return "not rounded (kept to 10 decimals)";
            }
            String increment = percentWords(r.increment());
            return r.mode() == RoundingMode.HALF_UP ? "rounded to the nearest " + increment
                    : r.mode() == RoundingMode.UP ? "rounded up to a multiple of " + increment
                    : "rounded down to a multiple of " + increment;
        }
    }

    /** A rate fraction as a percentage with every decimal it has and no more: 0.0275 → "2.75%". */
    private static String percentWords(BigDecimal fraction) {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /**
     * A rate that resets to an index plus a spread. The definitions follow the Fannie Mae/Freddie Mac
     * uniform multistate adjustable rate notes (§4 "Interest Rate and Monthly Payment Changes") and the
     * ACTUS data dictionary's rate-reset terms ({@code rateSpread}, {@code rateMultiplier},
     * {@code cycleAnchorDateOfRateReset}, {@code cycleOfRateReset}, {@code periodCap}/{@code periodFloor},
     * {@code lifeCap}/{@code lifeFloor}):
     *
     * <ul>
     *   <li>{@code index}: the index's name (e.g. {@code SOFR}, {@code PRIME}), as the index data name it;</li>
     *   <li>{@code spread} (the margin) and {@code multiplier}: the reset rate is index × multiplier + spread;
     *       a negative multiplier is an inverse floater (spread − index × |multiplier|);</li>
     *   <li>{@code resetFrequency} and {@code firstResetDate}: resets ("change dates") fall on the first
     *       reset date and every period of the frequency after it, rolled by months from the first, or by
     *       days for a cycle of days (ACTUS {@code P29D}, {@code P15D});</li>
     *   <li>{@code lookbackDays}: the index is read this many days before the reset date (the latest
     *       fixing on or before that day), as the uniform note's "most recent Index figure available as of
     *       the date 45 days before each Change Date" — calendar days, or, with a {@code lookbackCalendar},
     *       business days of that calendar, as a SOFR loan's "five U.S. Government Securities Business
     *       Days" (USGS) before the reset ({@link #readDate});</li>
     *   <li>{@code initialRate}: the rate from the issue date until the first reset;</li>
     *   <li>{@code rounding}: how index × multiplier + spread is rounded (e.g. to the nearest 1/8 %);
     *       without one, to {@link NoteTerms#MAX_RATE_DECIMALS} decimals, halves up;</li>
     *   <li>{@code periodicCap} / {@code periodicFloor}: the most the rate may rise / fall at one reset,
     *       from the rate before it (the uniform note's "never be increased or decreased on any single
     *       change date by more than … percentage points"); {@code null} for no limit;</li>
     *   <li>{@code lifetimeCap} / {@code lifetimeFloor}: the highest and lowest rate ever; {@code null} for none;</li>
     *   <li>{@code negativeRates}: whether the rate may go below zero ({@link NegativeRates});</li>
     *   <li>{@code resetTiming}: from when a reset's rate accrues ({@link ResetTiming}).</li>
     * </ul>
     *
     * <p>At each reset, in this order: read the index, × multiplier + spread, round, limit the change by
     * the periodic cap and floor, then by the lifetime cap and floor, and hold within 0 and 1 (within −1
     * and 1 when negative rates are allowed). The rate so set is the "rate before" of the next reset; the
     * note's maximum lawful rate is applied after, to what accrues.
     */
    record Floating(String index, BigDecimal spread, BigDecimal multiplier, Frequency resetFrequency,
                    LocalDate firstResetDate, int lookbackDays, BigDecimal initialRate, BigDecimal periodicCap,
                    BigDecimal periodicFloor, BigDecimal lifetimeCap, BigDecimal lifetimeFloor,
                    RateRounding rounding, BusinessCalendar lookbackCalendar, NegativeRates negativeRates,
                    ResetTiming resetTiming) implements RateTerms {

        /** The longest lookback: a year. */
        public static final int MAX_LOOKBACK_DAYS = 366;

        /**
         * Whether a floating rate may be negative. US notes (and every note before this option) hold the rate
         * at zero or more; EUR notes that read EURIBOR below zero (2015–2022) may not: their rate follows the
         * index below zero unless a lifetime floor (commonly 0%) says otherwise, and a negative period's
         * interest is negative — the lender pays it, as ACTUS states it.
         */
        public enum NegativeRates {
            /** The rate is held at 0 or more (the default). */
            HELD_AT_ZERO,
            /** The rate may be as low as −100%; the initial rate and the lifetime cap and floor may be negative. */
            ALLOWED;

            /** The name the portfolio CSV, the note JSON and the database write: {@code held_at_zero} or {@code allowed}. */
            public String code() {
                return this == HELD_AT_ZERO ? "held_at_zero" : "allowed";
            }

            /**
             * The option a file names by its {@link #code()}, any case.
             *
             * @throws IllegalArgumentException naming the value and the choices
             */
            public static NegativeRates of(String text) {
                String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
                return switch (t) {
                    case "held_at_zero" -> HELD_AT_ZERO;
                    case "allowed" -> ALLOWED;
                    default -> throw new IllegalArgumentException("'" + text + "' is not a negative-rates option: held_at_zero"
                            + " (the rate is held at 0% or more) or allowed (the rate may go below zero)");
                };
            }
        }

        /** From when a reset's rate accrues. */
        public enum ResetTiming {
            /** From the first period starting on or after the reset (the default; a uniform ARM note's change date). */
            FROM_NEXT_PERIOD,
            /**
             * From the reset date itself (as ACTUS resets): a period that straddles a reset accrues
             * balance × (r₁ × yf(start, reset) + r₂ × yf(reset, end)), rounded once by the interest rule; the
             * row shows the rate in force at the period's end. A PERIODIC basis counts no days, so it cannot
             * split a period and refuses this timing.
             */
            ON_RESET_DATE;

            /**
             * The name the portfolio CSV, the note JSON and the database write: {@code next_period} or
             * {@code reset_date} (shorter than the constants, as an analyst types them in a cell).
             */
            public String code() {
                return this == FROM_NEXT_PERIOD ? "next_period" : "reset_date";
            }

            /**
             * The timing a file names by its {@link #code()}, any case.
             *
             * @throws IllegalArgumentException naming the value and the choices
             */
            public static ResetTiming of(String text) {
                String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
                return switch (t) {
                    case "next_period" -> FROM_NEXT_PERIOD;
                    case "reset_date" -> ON_RESET_DATE;
                    default -> throw new IllegalArgumentException("'" + text + "' is not a reset timing: next_period (a reset's"
                            + " rate from the first period starting on or after it) or reset_date (from the reset date itself)");
                };
            }
        }

        public Floating {
            if (index == null || index.isBlank()) {
                throw new InvalidTermsException(null, "rate.index", index, "is required");
            }
            index = index.strip();
            if (spread == null) {
                spread = BigDecimal.ZERO;
            }
            if (spread.abs().compareTo(BigDecimal.ONE) > 0 || spread.stripTrailingZeros().scale() > NoteTerms.MAX_RATE_DECIMALS) {
                throw new InvalidTermsException(null, "rate.spread", spread, "must be a fraction between -1 and 1 of at most "
                        + NoteTerms.MAX_RATE_DECIMALS + " decimals");
            }
            spread = spread.stripTrailingZeros();
            multiplier = multiplier == null ? BigDecimal.ONE : multiplier.stripTrailingZeros();
            // Negative is an inverse floater; zero would make a fixed rate that pretends to read an index.
            if (multiplier.signum() == 0 || multiplier.abs().compareTo(BigDecimal.TEN) > 0
                    || multiplier.scale() > NoteTerms.MAX_RATE_DECIMALS) {
                throw new InvalidTermsException(null, "rate.multiplier", multiplier, "must be between -10 and 10 and not 0, of at most "
                        + NoteTerms.MAX_RATE_DECIMALS + " decimals");
            }
            negativeRates = negativeRates == null ? NegativeRates.HELD_AT_ZERO : negativeRates;
            resetTiming = resetTiming == null ? ResetTiming.FROM_NEXT_PERIOD : resetTiming;
            boolean signed = negativeRates == NegativeRates.ALLOWED;
            // Resets roll by months or by days (resetDate); twice a month has no one roll of a reset.
            if (resetFrequency == null || !resetFrequency.rollsByMonths() && resetFrequency.days() == 0) {
                throw new InvalidTermsException(null, "rate.reset_frequency", resetFrequency, "must be a regular frequency "
                        + "(MONTHLY, BIMONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL) or a cycle of days (WEEKLY, P15D, ...)");
            }
            if (firstResetDate == null) {
                throw new InvalidTermsException(null, "rate.first_reset_date", null, "is required");
            }
            if (lookbackDays < 0 || lookbackDays > MAX_LOOKBACK_DAYS) {
                throw new InvalidTermsException(null, "rate.lookback_days", lookbackDays, "must be between 0 and " + MAX_LOOKBACK_DAYS);
            }
            if (lookbackCalendar != null && lookbackDays == 0) {
                throw new InvalidTermsException(null, "rate.lookback_calendar", lookbackCalendar.name(), "counts the business "
                        + "days of a lookback, and lookback_days is 0");
            }
            if (lookbackCalendar == BusinessCalendar.NONE) {
                lookbackCalendar = null; // every day a business day: calendar days
            }
            initialRate = signed ? requireSignedRate("rate.initial_rate", initialRate) : requireRate("rate.initial_rate", initialRate);
            // The periodic cap and floor are sizes of a change: never negative.
            periodicCap = optionalRate("rate.periodic_cap", periodicCap);
            periodicFloor = optionalRate("rate.periodic_floor", periodicFloor);
            lifetimeCap = signed ? optionalSignedRate("rate.lifetime_cap", lifetimeCap) : optionalRate("rate.lifetime_cap", lifetimeCap);
            lifetimeFloor = signed ? optionalSignedRate("rate.lifetime_floor", lifetimeFloor)
                    : optionalRate("rate.lifetime_floor", lifetimeFloor);
            if (lifetimeCap != null && lifetimeFloor != null && lifetimeFloor.compareTo(lifetimeCap) > 0) {
                throw new InvalidTermsException(null, "rate.lifetime_floor", lifetimeFloor, "must not be above the lifetime cap " + lifetimeCap.toPlainString());
            }
            if (lifetimeCap != null && initialRate.compareTo(lifetimeCap) > 0) {
                throw new InvalidTermsException(null, "rate.initial_rate", initialRate, "must not be above the lifetime cap " + lifetimeCap.toPlainString());
            }
            if (lifetimeFloor != null && initialRate.compareTo(lifetimeFloor) < 0) {
                throw new InvalidTermsException(null, "rate.initial_rate", initialRate, "must not be below the lifetime floor " + lifetimeFloor.toPlainString());
            }
        }

        /** The terms with today's defaults: the rate held at zero or more, each reset from the next period. */
        public Floating(String index, BigDecimal spread, BigDecimal multiplier, Frequency resetFrequency,
                        LocalDate firstResetDate, int lookbackDays, BigDecimal initialRate, BigDecimal periodicCap,
                        BigDecimal periodicFloor, BigDecimal lifetimeCap, BigDecimal lifetimeFloor, RateRounding rounding,
                        BusinessCalendar lookbackCalendar) {
            this(index, spread, multiplier, resetFrequency, firstResetDate, lookbackDays, initialRate, periodicCap,
                    periodicFloor, lifetimeCap, lifetimeFloor, rounding, lookbackCalendar, null, null);
        }

        /** The terms with calendar-day lookback (no lookback calendar). */
        public Floating(String index, BigDecimal spread, BigDecimal multiplier, Frequency resetFrequency,
                        LocalDate firstResetDate, int lookbackDays, BigDecimal initialRate, BigDecimal periodicCap,
                        BigDecimal periodicFloor, BigDecimal lifetimeCap, BigDecimal lifetimeFloor, RateRounding rounding) {
            this(index, spread, multiplier, resetFrequency, firstResetDate, lookbackDays, initialRate, periodicCap,
                    periodicFloor, lifetimeCap, lifetimeFloor, rounding, null);
        }

        /** These terms with another {@link ResetTiming}. */
        public Floating withResetTiming(ResetTiming timing) {
            return new Floating(index, spread, multiplier, resetFrequency, firstResetDate, lookbackDays, initialRate,
                    periodicCap, periodicFloor, lifetimeCap, lifetimeFloor, rounding, lookbackCalendar, negativeRates, timing);
        }

        /**
         * The {@code k}-th reset (from 0): the first reset date plus {@code k} reset periods, each rolled from
         * the first reset date by months (by days for a cycle of days) — the one roll of resets for the
         * schedule, ACTUS events and workbooks.
         */
        public LocalDate resetDate(int k) {
            int months = resetFrequency.months();
            return months > 0 ? firstResetDate.plusMonths((long) k * months)
                    : firstResetDate.plusDays((long) k * resetFrequency.days());
        }

        /**
         * The day the index is read for the reset on {@code reset}: {@code lookbackDays} calendar days before
         * it, or that many business days of the lookback calendar (the reset itself when there is no lookback).
         */
        public LocalDate readDate(LocalDate reset) {
            return lookbackCalendar == null ? reset.minusDays(lookbackDays)
                    : lookbackCalendar.minusBusinessDays(reset, lookbackDays);
        }

        /**
         * The reset rule as the note states it, for reading beside the values: "SOFR + 2.75%, rounded to the
         * nearest 0.125%; the change at a reset limited by …". The workbook's Terms sheet and the note
         * screen both show this text.
         */
        public String resetRuleWords() {
            StringBuilder s = new StringBuilder(index);
            if (multiplier.compareTo(BigDecimal.ONE) != 0) {
                s.append(" × ").append(multiplier.toPlainString().replace('-', '−'));
            }
            if (spread.signum() != 0) {
                s.append(spread.signum() > 0 ? " + " : " − ").append(percentWords(spread.abs()));
            }
            s.append(", ").append(RateRounding.words(rounding));
            s.append("; the change at a reset limited by the periodic cap and floor, then the rate by the lifetime"
                    + " cap and floor; ");
            if (negativeRates == NegativeRates.ALLOWED) {
                s.append("may be negative; ");
            }
            s.append(resetTiming == ResetTiming.ON_RESET_DATE
                    ? "set at each reset, from the reset date (a period straddling it accrues its days at each rate)"
                    : "set at each reset, from the first period starting on or after it");
            return s.toString();
        }

        /** The lookback in words: "45 calendar days", "5 USGS business days", or "none". */
        public String lookbackWords() {
            if (lookbackDays == 0) {
                return "none";
            }
            return lookbackCalendar == null ? lookbackDays + (lookbackDays == 1 ? " calendar day" : " calendar days")
                    : lookbackDays + " " + lookbackCalendar.name() + (lookbackDays == 1 ? " business day" : " business days");
        }

        /** A builder; spread 0, multiplier 1, no lookback, caps, floors or rounding unless set. */
        public static Builder builder(String index) {
            return new Builder(index);
        }

        /** A mutable builder of {@link Floating}; {@link #build()} validates. */
        public static final class Builder {
            private final String index;
            private BigDecimal spread = BigDecimal.ZERO;
            private BigDecimal multiplier = BigDecimal.ONE;
            private Frequency resetFrequency;
            private LocalDate firstResetDate;
            private int lookbackDays;
            private BusinessCalendar lookbackCalendar;
            private BigDecimal initialRate;
            private BigDecimal periodicCap;
            private BigDecimal periodicFloor;
            private BigDecimal lifetimeCap;
            private BigDecimal lifetimeFloor;
            private RateRounding rounding;
            private NegativeRates negativeRates;
            private ResetTiming resetTiming;

            private Builder(String index) {
                this.index = index;
            }

            public Builder spread(String spread) {
                this.spread = new BigDecimal(spread);
                return this;
            }

            public Builder multiplier(String multiplier) {
                this.multiplier = new BigDecimal(multiplier);
                return this;
            }

            public Builder resets(Frequency frequency, LocalDate firstResetDate) {
                this.resetFrequency = frequency;
                this.firstResetDate = firstResetDate;
                return this;
            }

            public Builder lookbackDays(int days) {
                this.lookbackDays = days;
                return this;
            }

            /** A lookback of {@code days} business days of {@code calendar}. */
            public Builder lookbackBusinessDays(int days, BusinessCalendar calendar) {
                this.lookbackDays = days;
                this.lookbackCalendar = calendar;
                return this;
            }

            public Builder initialRate(String rate) {
                this.initialRate = new BigDecimal(rate);
                return this;
            }

            /** The most the rate may rise and fall at one reset. */
            public Builder periodicCapFloor(String cap, String floor) {
                this.periodicCap = cap == null ? null : new BigDecimal(cap);
                this.periodicFloor = floor == null ? null : new BigDecimal(floor);
                return this;
            }

            public Builder lifetimeCapFloor(String cap, String floor) {
                this.lifetimeCap = cap == null ? null : new BigDecimal(cap);
                this.lifetimeFloor = floor == null ? null : new BigDecimal(floor);
                return this;
            }

            public Builder rounding(RateRounding rounding) {
                this.rounding = rounding;
                return this;
            }

            public Builder negativeRates(NegativeRates negativeRates) {
                this.negativeRates = negativeRates;
                return this;
            }

            public Builder resetTiming(ResetTiming resetTiming) {
                this.resetTiming = resetTiming;
                return this;
            }

            public Floating build() {
                return new Floating(index, spread, multiplier, resetFrequency, firstResetDate, lookbackDays, initialRate,
                        periodicCap, periodicFloor, lifetimeCap, lifetimeFloor, rounding, lookbackCalendar, negativeRates,
                        resetTiming);
            }
        }
    }

    /**
     * A rate that changes kind on a date: {@code before} (from the issue date) until {@code on}, then
     * {@code after} — a fixed-to-floating or floating-to-fixed note. Neither side is itself a
     * conversion; a floating {@code after} starts at its initial rate on {@code on} and first resets on
     * its first reset date, which must not be before {@code on}.
     */
    record Conversion(RateTerms before, LocalDate on, RateTerms after) implements RateTerms {
        public Conversion {
            if (before == null || after == null) {
                throw new InvalidTermsException(null, before == null ? "rate.before" : "rate.after", null, "is required");
            }
            if (on == null) {
                throw new InvalidTermsException(null, "rate.conversion_date", null, "is required");
            }
            if (before instanceof Conversion || after instanceof Conversion) {
                throw new InvalidTermsException(null, "rate.conversion", "nested", "converts once: neither side may itself be a conversion");
            }
            if (after instanceof Floating f && f.firstResetDate().isBefore(on)) {
                throw new InvalidTermsException(null, "rate.after.first_reset_date", f.firstResetDate(),
                        "must not be before the conversion date " + on);
            }
        }

        @Override
        public BigDecimal initialRate() {
            return before.initialRate();
        }
    }

    /** A required rate: a fraction between 0 and 1 of at most {@link NoteTerms#MAX_RATE_DECIMALS} decimals. */
    private static BigDecimal requireRate(String field, BigDecimal rate) {
        if (rate == null) {
            throw new InvalidTermsException(null, field, null, "is required");
        }
        return optionalRate(field, rate);
    }

    private static BigDecimal optionalRate(String field, BigDecimal rate) {
        if (rate != null && rate.signum() < 0) {
            throw new InvalidTermsException(null, field, rate, "must be a fraction between 0 and 1 (12% is 0.12)");
        }
        return optionalSignedRate(field, rate);
    }

    /** A required rate that may be negative (a floating rate allowing it): between −1 and 1. */
    private static BigDecimal requireSignedRate(String field, BigDecimal rate) {
        if (rate == null) {
            throw new InvalidTermsException(null, field, null, "is required");
        }
        return optionalSignedRate(field, rate);
    }

    private static BigDecimal optionalSignedRate(String field, BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        if (rate.abs().compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidTermsException(null, field, rate, rate.signum() < 0
                    ? "must be a fraction between -1 and 1 (-0.5% is -0.005)" : "must be a fraction between 0 and 1 (12% is 0.12)");
        }
        BigDecimal r = rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
        if (r.scale() > NoteTerms.MAX_RATE_DECIMALS) {
            throw new InvalidTermsException(null, field, rate, "may have at most " + NoteTerms.MAX_RATE_DECIMALS + " decimals");
        }
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** The checks that need the note's dates; {@link NoteTerms} makes them. */
    static void checkDates(RateTerms rate, LocalDate issue, LocalDate maturity) {
        Objects.requireNonNull(rate, "rate");
        if (rate instanceof Stepped s && s.steps().get(0).from().isAfter(issue)) {
            throw new InvalidTermsException(null, "rate_steps[1].from", s.steps().get(0).from(),
                    "must be on or before the issue date " + issue + ", so the first period has a rate");
        }
        if (rate instanceof Floating f && !f.firstResetDate().isAfter(issue)) {
            throw new InvalidTermsException(null, "rate.first_reset_date", f.firstResetDate(),
                    "must be after the issue date " + issue + ", so the first period accrues at the initial rate");
        }
        if (rate instanceof Conversion c) {
            if (!c.on().isAfter(issue) || !c.on().isBefore(maturity)) {
                throw new InvalidTermsException(null, "rate.conversion_date", c.on(),
                        "must be after the issue date " + issue + " and before the maturity date " + maturity);
            }
            checkDates(c.before(), issue, maturity);
            if (c.after() instanceof Stepped s && s.steps().get(0).from().isAfter(c.on())) {
                throw new InvalidTermsException(null, "rate.after.rate_steps[1].from", s.steps().get(0).from(),
                        "must be on or before the conversion date " + c.on());
            }
        }
    }
}
