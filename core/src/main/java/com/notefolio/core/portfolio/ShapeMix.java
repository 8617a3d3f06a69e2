package com.notefolio.core.portfolio;

/**
 * Which repayment shapes the synthetic portfolio's notes take ({@link PortfolioGenerator}).
 *
 * <ul>
 *   <li>{@link #PLAIN}: the generator's original shapes (level payment, interest only, constant principal,
 *       bullet, stated tables), every note funded on its date and repaid by its schedule alone — kept note
 *       for note, since the bench's figures and checksums and the demo portfolio are measured on it;</li>
 *   <li>{@link #STRUCTURED}: the same notes, some of them also structured as real books hold them — an
 *       interest-only lead-in, a disbursement after the note's date, a PPP-style deferral with forgiveness,
 *       a grid note of several advances; see the generator's comment for the shares and why.</li>
 * </ul>
 */
public enum ShapeMix {
    PLAIN,
    STRUCTURED;

    /** The mix a command line names: {@code plain} or {@code structured}, any case. */
    public static ShapeMix of(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "plain" -> PLAIN;
            case "structured" -> STRUCTURED;
            default -> throw new IllegalArgumentException("shape mix \"" + name + "\": not one of plain, structured");
        };
    }

    /** The name {@link #of} reads: {@code plain} or {@code structured}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
