package com.notefolio.core.portfolio;

/**
 * Which rates the synthetic portfolio's notes carry ({@link PortfolioGenerator}).
 *
 * <ul>
 *   <li>{@link #FIXED_ONLY}: every note at one fixed rate — the generator's original mix, kept note for
 *       note and cent for cent, since the bench's fixed-rate figure and checksum and the application's
 *       demo portfolio are measured on it;</li>
 *   <li>{@link #REALISTIC}: the same notes, but the rate of a commercial promissory-note book: about a
 *       third floating over Prime or SOFR, some stepped, a few converting; see the generator's comment
 *       for the proportions and why.</li>
 * </ul>
 */
public enum RateMix {
    FIXED_ONLY,
    REALISTIC;

    /** The mix a command line names: {@code fixed} (or {@code fixed-only}) or {@code realistic}, any case. */
    public static RateMix of(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "fixed", "fixed-only" -> FIXED_ONLY;
            case "realistic" -> REALISTIC;
            default -> throw new IllegalArgumentException("rate mix \"" + name + "\": not one of fixed, realistic");
        };
    }

    /** The name {@link #of} reads: {@code fixed} or {@code realistic}. */
    public String label() {
        return this == FIXED_ONLY ? "fixed" : "realistic";
    }
}
