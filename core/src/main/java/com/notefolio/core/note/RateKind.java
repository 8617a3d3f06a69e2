package com.notefolio.core.note;

import java.time.LocalDate;

/**
 * The kind of a note's rate: what the portfolio files' {@code rate_kind} column names (the constant's name
 * in any case: {@code fixed}, {@code stepped}, {@code floating}, {@code fixed_to_floating},
 * {@code floating_to_fixed}) and what exposure is grouped by
 * ({@link com.notefolio.core.portfolio.ExposureDimension#RATE_KIND}), with the label the shared contract
 * gives each kind. One enum for both, since a file's kind and an exposure's kind are the same fact about
 * the {@link RateTerms}. A conversion is named by which side floats: a fixed or
 * stepped rate becoming floating is {@link #FIXED_TO_FLOATING}, a floating one becoming fixed or stepped
 * {@link #FLOATING_TO_FIXED}; a conversion between two floating rates is {@link #FLOATING} and one
 * between two fixed or stepped rates {@link #STEPPED} (its rate changes on a date, as a step does).
 */
public enum RateKind {
    FIXED("Fixed"),
    STEPPED("Stepped"),
    FLOATING("Floating"),
    FIXED_TO_FLOATING("Fixed to floating"),
    FLOATING_TO_FIXED("Floating to fixed");

    /** The {@link com.notefolio.core.portfolio.ExposureDimension#INDEX} key of a note whose rate reads no index. */
    public static final String NO_INDEX = "Fixed";

    private final String label;

    RateKind(String label) {
        this.label = label;
    }

    /** The label of this kind: "Fixed to floating". */
    public String label() {
        return label;
    }

    /**
     * Whether a note of this kind is tied to an index for some of its life: the kinds whose outstanding
     * principal {@link com.notefolio.core.portfolio.CurrencySummary#floatingShare()} counts.
     */
    public boolean floats() {
        return this == FLOATING || this == FIXED_TO_FLOATING || this == FLOATING_TO_FIXED;
    }

    /** The kind of {@code rate}. */
    public static RateKind of(RateTerms rate) {
        if (rate instanceof RateTerms.Conversion c) {
            boolean before = c.before() instanceof RateTerms.Floating;
            boolean after = c.after() instanceof RateTerms.Floating;
            return before && after ? FLOATING : after ? FIXED_TO_FLOATING : before ? FLOATING_TO_FIXED : STEPPED;
        }
        return rate instanceof RateTerms.Floating ? FLOATING : rate instanceof RateTerms.Stepped ? STEPPED : FIXED;
    }

    /** The kind whose {@link #label()} is {@code label}, or null when none is. */
    public static RateKind ofLabel(String label) {
        for (RateKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The index {@code rate} reads, as its {@link com.notefolio.core.portfolio.ExposureDimension#INDEX} key: the floating side's index
     * name ({@code SOFR}); for a conversion between two floating rates the side in effect on
     * {@code asOf} (the conversion takes effect on its date); {@link #NO_INDEX} when no side floats.
     */
    public static String indexOf(RateTerms rate, LocalDate asOf) {
        if (rate instanceof RateTerms.Floating f) {
            return f.index();
        }
        if (rate instanceof RateTerms.Conversion c) {
            if (c.before() instanceof RateTerms.Floating b && c.after() instanceof RateTerms.Floating a) {
                return asOf.isBefore(c.on()) ? b.index() : a.index();
            }
            if (c.before() instanceof RateTerms.Floating b) {
                return b.index();
            }
            if (c.after() instanceof RateTerms.Floating a) {
                return a.index();
            }
        }
        return NO_INDEX;
    }
}
