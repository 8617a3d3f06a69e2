package com.notefolio.core.portfolio;

import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a stratification table groups the notes by, with each note's bucket and the order of a table's
 * rows. Ranges hold their lower bound and not their upper: a 4% coupon is in "4–6%", a principal of
 * 100,000 in "100,000–250,000". Buckets of ranges and years are listed in their natural order, ratings
 * and sectors by outstanding principal, largest first (a rating scale's order is the lender's own).
 */
public enum StratumDimension {
    /** The note's rating as stated; "(unspecified)" without one. */
    RATING("Rating"),
    /** The coupon in effect on the as-of date (a floating note's current rate, a stepped note's step), in 2-point ranges. */
    COUPON("Coupon"),
    /** The year the note was issued. */
    VINTAGE("Vintage (issue year)"),
    /** The year the note matures. */
    MATURITY_YEAR("Maturity year"),
    /** The note's sector as stated; "(unspecified)" without one. */
    SECTOR("Sector"),
    /** The principal lent (not what is outstanding), in the note's currency units. */
    ORIGINAL_PRINCIPAL("Original principal");

    /** The key of notes that state no value (as the exposures name them). */
    public static final String UNSPECIFIED = "(unspecified)";

    /** Coupon ranges are this many percentage points wide; the last range is open. */
    static final int COUPON_STEP_PERCENT = 2;
    /** Coupons from this percentage up share one bucket. */
    static final int COUPON_TOP_PERCENT = 16;
    private static final List<String> COUPON_BUCKETS = couponBuckets();
    private static final long[] PRINCIPAL_EDGES = {100_000, 250_000, 500_000, 1_000_000, 5_000_000};
    private static final List<String> PRINCIPAL_BUCKETS = List.of("under 100,000", "100,000–250,000",
            "250,000–500,000", "500,000–1,000,000", "1,000,000–5,000,000", "5,000,000 and over");

    private final String label;

    StratumDimension(String label) {
        this.label = label;
    }

    /** The dimension in words, a table's first column: "Vintage (issue year)". */
    public String label() {
        return label;
    }

    /** The bucket of a note with {@code terms} whose coupon in effect on the as-of date is {@code coupon} (a fraction). */
    String bucket(NoteTerms terms, BigDecimal coupon) {
        return switch (this) {
            case RATING -> text(terms.rating());
            case SECTOR -> text(terms.sector());
            case VINTAGE -> Integer.toString(terms.issueDate().getYear());
            case MATURITY_YEAR -> Integer.toString(terms.maturityDate().getYear());
            case COUPON -> COUPON_BUCKETS.get(Math.min(COUPON_BUCKETS.size() - 1,
                    coupon.movePointRight(2).divideToIntegralValue(BigDecimal.valueOf(COUPON_STEP_PERCENT)).intValue()));
            case ORIGINAL_PRINCIPAL -> PRINCIPAL_BUCKETS.get(principalIndex(NoteTerms.decimal(terms.principal())));
        };
    }

    /** The order of a table's rows. */
    Comparator<Stratum> order() {
        return switch (this) {
            case RATING, SECTOR -> Comparator.comparingLong(Stratum::outstandingMinor).reversed()
                    .thenComparing(Stratum::key);
            case VINTAGE, MATURITY_YEAR -> Comparator.comparingInt(s -> Integer.parseInt(s.key()));
            case COUPON -> Comparator.comparingInt(s -> COUPON_BUCKETS.indexOf(s.key()));
            case ORIGINAL_PRINCIPAL -> Comparator.comparingInt(s -> PRINCIPAL_BUCKETS.indexOf(s.key()));
        };
    }

    private static int principalIndex(BigDecimal principal) {
        int i = 0;
        while (i < PRINCIPAL_EDGES.length && principal.compareTo(BigDecimal.valueOf(PRINCIPAL_EDGES[i])) >= 0) {
            i++;
        }
        return i;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? UNSPECIFIED : value;
    }

    private static List<String> couponBuckets() {
        List<String> out = new ArrayList<>();
        for (int low = 0; low < COUPON_TOP_PERCENT; low += COUPON_STEP_PERCENT) {
            out.add(low + "–" + (low + COUPON_STEP_PERCENT) + "%");
        }
        out.add(COUPON_TOP_PERCENT + "% and over");
        return List.copyOf(out);
    }
}
