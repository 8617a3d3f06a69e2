package com.notefolio.core.schedule;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexSource;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The rate each period of a note accrues at, from its {@link RateTerms} and the {@link IndexData}: the
 * rate in effect on the period's accrual start (every step, reset or conversion dated on or before it
 * applied in date order), capped by the note's maximum lawful rate. Rates are exact decimals of
 * {@link #SCALE} places, held as their unscaled {@code long}. Periods are asked for in order of their
 * start, so resets are applied once each and a periodic cap is measured from the rate set at the reset
 * before it.
 *
 * <p>A floating rate that resets {@link RateTerms.Floating.ResetTiming#ON_RESET_DATE on its date} also
 * changes inside a period: {@link #splitsPeriods()} says so, {@link #nextChange} gives the day, and
 * {@link #rateAt} asked for that day gives the rate from it. Other rates never change inside a period, so
 * the resolver asks nothing more of them.
 */
public final class PeriodRates {

    /** Decimals of a period's rate; a reset rate that is not rounded by its terms is rounded here, halves up. */
    public static final int SCALE = NoteTerms.MAX_RATE_DECIMALS;
    /** 10^{@link #SCALE}: the denominator of an unscaled rate. */
    static final long TEN_TO_SCALE = BigDecimal.TEN.pow(SCALE).longValueExact();

    private final Path path;
    private final long lawfulCap;
    private final boolean splitsPeriods;
    private int sources;

    private PeriodRates(NoteTerms terms, IndexData data) {
        this.path = path(terms.rate(), data, terms.id());
        this.lawfulCap = terms.maxLawfulRate() == null ? Long.MAX_VALUE : unscaled(terms.maxLawfulRate());
        RateTerms.Floating f = terms.rate().floatingPart();
        this.splitsPeriods = f != null && f.resetTiming() == RateTerms.Floating.ResetTiming.ON_RESET_DATE;
    }

    /** The rates of {@code terms}'s periods, reading indices from {@code data}. */
    public static PeriodRates of(NoteTerms terms, IndexData data) {
        return new PeriodRates(terms, data);
    }

    /** The rate (unscaled at {@link #SCALE}) of the period starting on {@code start} (epoch day), not before the last asked. */
    public long rateAt(int start) {
        return Math.min(path.rateAt(start), lawfulCap);
    }

    /** Whether the rate may change inside a period (a floating rate resetting on its reset date). */
    public boolean splitsPeriods() {
        return splitsPeriods;
    }

    /**
     * The first day after {@code day} (epoch day, the last asked of {@link #rateAt}) on which the rate changes
     * inside a period, or {@link Integer#MAX_VALUE}: the next reset of a rate resetting on its date.
     */
    public int nextChange(int day) {
        return path.nextChange(day);
    }

    /** The {@link IndexSource} bits of every index value read so far. */
    public int sources() {
        return sources;
    }

    static long unscaled(BigDecimal rate) {
        return rate.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    static BigDecimal decimal(long unscaled) {
        BigDecimal r = BigDecimal.valueOf(unscaled, SCALE).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private Path path(RateTerms rate, IndexData data, String id) {
        if (rate instanceof RateTerms.Fixed f) {
            return new Constant(unscaled(f.rate()));
        }
        if (rate instanceof RateTerms.Stepped s) {
            return new Steps(s.steps());
        }
        if (rate instanceof RateTerms.Floating f) {
            return new Resets(f, data, id);
        }
        RateTerms.Conversion c = (RateTerms.Conversion) rate;
        return new Converted(path(c.before(), data, id), EpochDay.of(c.on()), path(c.after(), data, id));
    }

    /** A rate path: the rate on each period start, asked in order. */
    private interface Path {
        long rateAt(int start);

        /** The next day after {@code day} the rate changes whether or not a period starts then; none by default. */
        default int nextChange(int day) {
            return Integer.MAX_VALUE;
        }
    }

    private record Constant(long rate) implements Path {
        @Override
        public long rateAt(int start) {
            return rate;
        }
    }

    private static final class Steps implements Path {
        private final int[] from;
        private final long[] rate;
        private int current;

        Steps(List<RateTerms.Step> steps) {
            from = new int[steps.size()];
            rate = new long[steps.size()];
            for (int i = 0; i < from.length; i++) {
                from[i] = EpochDay.of(steps.get(i).from());
                rate[i] = unscaled(steps.get(i).rate());
            }
        }

        @Override
        public long rateAt(int start) {
            while (current + 1 < from.length && from[current + 1] <= start) {
                current++;
            }
            return rate[current];
        }
    }

    private record Converted(Path before, int on, Path after) implements Path {
        @Override
        public long rateAt(int start) {
            return start < on ? before.rateAt(start) : after.rateAt(start);
        }

        @Override
        public int nextChange(int day) {
            // The conversion itself takes effect from the period starting on or after it, so before it only
            // the first side's changes count.
            if (day < on) {
                int next = before.nextChange(day);
                return next < on ? next : Integer.MAX_VALUE;
            }
            return after.nextChange(day);
        }
    }

    /**
     * A floating rate: the initial rate, then each reset applied in order (see {@link RateTerms.Floating}).
     * Rates are unscaled longs at {@link #SCALE} and reset dates epoch days, so a reset costs one index read
     * and a few integer comparisons; the index level × the multiplier + the spread is exact in a long when the
     * multiplier is 1 and no rate rounding applies (index levels and spreads have at most {@link #SCALE}
     * decimals), and is otherwise taken as a decimal and rounded as the terms say.
     */
    private final class Resets implements Path {
        private static final long NONE = Long.MIN_VALUE;
        private final RateTerms.Floating terms;
        private final IndexData data;
        /** The index read by epoch day; {@code null} when the data cannot give it exactly so (then {@link IndexData#observe}). */
        private final IndexData.Reader reader;
        private final String noteId;
        private final boolean onResetDate;
        private final boolean exactSum;
        private final long spread;
        private final long periodicCap;
        private final long periodicFloor;
        private final long lifetimeCap;
        private final long lifetimeFloor;
        private final long lowest;
        private final int firstResetDay;
        /** The first reset's day of the month, and the year and month of the next reset, for a roll by months. */
        private final int resetDayOfMonth;
        private int resetYear;
        private int resetMonth;
        private long rate;
        private int resets;
        private int nextResetDay;

        Resets(RateTerms.Floating terms, IndexData data, String noteId) {
            this.terms = terms;
            this.data = data;
            this.reader = data.reader(terms.index());
            this.noteId = noteId;
            this.onResetDate = terms.resetTiming() == RateTerms.Floating.ResetTiming.ON_RESET_DATE;
            this.exactSum = terms.multiplier().compareTo(BigDecimal.ONE) == 0 && terms.rounding() == null;
            this.spread = unscaled(terms.spread());
            this.periodicCap = terms.periodicCap() == null ? NONE : unscaled(terms.periodicCap());
            this.periodicFloor = terms.periodicFloor() == null ? NONE : unscaled(terms.periodicFloor());
            this.lifetimeCap = terms.lifetimeCap() == null ? NONE : unscaled(terms.lifetimeCap());
            this.lifetimeFloor = terms.lifetimeFloor() == null ? NONE : unscaled(terms.lifetimeFloor());
            this.lowest = terms.negativeRates() == RateTerms.Floating.NegativeRates.ALLOWED ? -TEN_TO_SCALE : 0;
            this.rate = unscaled(terms.initialRate());
            this.firstResetDay = EpochDay.of(terms.firstResetDate());
            this.resetDayOfMonth = terms.firstResetDate().getDayOfMonth();
            this.resetYear = terms.firstResetDate().getYear();
            this.resetMonth = terms.firstResetDate().getMonthValue();
            this.nextResetDay = firstResetDay;
        }

        @Override
        public long rateAt(int start) {
            while (nextResetDay <= start) {
                rate = reset(nextResetDay);
                resets++;
                nextResetDay = nextResetDay();
            }
            return rate;
        }

        @Override
        public int nextChange(int day) {
            return onResetDate ? nextResetDay : Integer.MAX_VALUE;
        }

        /**
         * {@link RateTerms.Floating#resetDate}{@code (resets)} as an epoch day: rolled from the first reset by
         * months (its day of the month, capped at the month's length, as {@code LocalDate.plusMonths}) or by days.
         */
        private int nextResetDay() {
            int months = terms.resetFrequency().months();
            if (months == 0) {
                return firstResetDay + resets * terms.resetFrequency().days();
            }
            resetMonth += months;
            while (resetMonth > 12) {
                resetMonth -= 12;
                resetYear++;
            }
            return EpochDay.of(resetYear, resetMonth, Math.min(resetDayOfMonth, EpochDay.lengthOfMonth(resetYear, resetMonth)));
        }

        /** {@link RateTerms.Floating#readDate} as an epoch day. */
        private int readDay(int reset) {
            return terms.lookbackCalendar() == null ? reset - terms.lookbackDays()
                    : EpochDay.of(terms.readDate(EpochDay.toDate(reset)));
        }

        private long reset(int on) {
            BigDecimal level = null;
            long levelUnscaled = 0;
            try {
                if (reader != null) {
                    levelUnscaled = reader.unscaled(readDay(on));
                    sources |= reader.source().bit();
                } else {
                    IndexData.Observation index = data.observe(terms.index(), readDay(on));
                    sources |= index.source().bit();
                    level = index.rate();
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("note " + noteId + ": the reset on " + EpochDay.toDate(on)
                        + " cannot be set: " + e.getMessage(), e);
            }
            long r;
            if (exactSum && level == null) {
                r = levelUnscaled + spread;
            } else {
                BigDecimal index = level != null ? level : BigDecimal.valueOf(levelUnscaled, IndexData.READER_SCALE);
                BigDecimal x = index.multiply(terms.multiplier()).add(terms.spread());
                x = terms.rounding() != null ? terms.rounding().round(x) : x;
                // Rounding half up to SCALE is monotone, so rounding here or after the caps and floors (which
                // have at most SCALE decimals) gives the same rate.
                r = x.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
            }
            if (periodicCap != NONE) {
                r = Math.min(r, rate + periodicCap);
            }
            if (periodicFloor != NONE) {
                r = Math.max(r, rate - periodicFloor);
            }
            if (lifetimeCap != NONE) {
                r = Math.min(r, lifetimeCap);
            }
            if (lifetimeFloor != NONE) {
                r = Math.max(r, lifetimeFloor);
            }
            return Math.min(Math.max(r, lowest), TEN_TO_SCALE);
        }
    }
}
