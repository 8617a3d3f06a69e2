package com.notefolio.core.schedule;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexSource;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The rate each period of a note accrues at, from its {@link RateTerms} and the {@link IndexData}: the
 * rate in effect on the period's accrual start (every step, reset or conversion dated on or before it
 * applied in date order), capped by the note's maximum lawful rate. Rates are exact decimals of
 * {@link #SCALE} places, held as their unscaled {@code long}. Periods are asked for in order of their
 * start, so resets are applied once each and a periodic cap is measured from the rate set at the reset
 * before it.
 */
public final class PeriodRates {

    /** Decimals of a period's rate; a reset rate that is not rounded by its terms is rounded here, halves up. */
    public static final int SCALE = NoteTerms.MAX_RATE_DECIMALS;
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final Path path;
    private final long lawfulCap;
    private int sources;

    private PeriodRates(NoteTerms terms, IndexData data) {
        this.path = path(terms.rate(), data, terms.id());
        this.lawfulCap = terms.maxLawfulRate() == null ? Long.MAX_VALUE : unscaled(terms.maxLawfulRate());
    }

    /** The rates of {@code terms}'s periods, reading indices from {@code data}. */
    public static PeriodRates of(NoteTerms terms, IndexData data) {
        return new PeriodRates(terms, data);
    }

    /** The rate (unscaled at {@link #SCALE}) of the period starting on {@code start} (epoch day), not before the last asked. */
    public long rateAt(int start) {
        return Math.min(path.rateAt(start), lawfulCap);
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
    }

    /** A floating rate: the initial rate, then each reset applied in order (see {@link RateTerms.Floating}). */
    private final class Resets implements Path {
        private final RateTerms.Floating terms;
        private final IndexData data;
        private final String noteId;
        private BigDecimal rate;
        private int resets;
        private LocalDate nextReset;

        Resets(RateTerms.Floating terms, IndexData data, String noteId) {
            this.terms = terms;
            this.data = data;
            this.noteId = noteId;
            this.rate = terms.initialRate();
            this.nextReset = terms.firstResetDate();
        }

        @Override
        public long rateAt(int start) {
            while (EpochDay.of(nextReset) <= start) {
                rate = reset(nextReset);
                resets++;
                nextReset = terms.resetDate(resets);
            }
            return unscaled(rate);
        }

        private BigDecimal reset(LocalDate on) {
            IndexData.Observation index;
            try {
                index = data.observe(terms.index(), terms.readDate(on));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("note " + noteId + ": the reset on " + on + " cannot be set: "
                        + e.getMessage(), e);
            }
            sources |= index.source().bit();
            BigDecimal r = index.rate().multiply(terms.multiplier()).add(terms.spread());
            r = terms.rounding() != null ? terms.rounding().round(r) : r.setScale(SCALE, RoundingMode.HALF_UP);
            if (terms.periodicCap() != null) {
                r = r.min(rate.add(terms.periodicCap()));
            }
            if (terms.periodicFloor() != null) {
                r = r.max(rate.subtract(terms.periodicFloor()));
            }
            if (terms.lifetimeCap() != null) {
                r = r.min(terms.lifetimeCap());
            }
            if (terms.lifetimeFloor() != null) {
                r = r.max(terms.lifetimeFloor());
            }
            r = r.max(ZERO).min(BigDecimal.ONE);
            return r.setScale(SCALE, RoundingMode.HALF_UP);
        }
    }
}
