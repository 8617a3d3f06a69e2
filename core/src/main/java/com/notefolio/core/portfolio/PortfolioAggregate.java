package com.notefolio.core.portfolio;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.SensitivityLadder;
import com.notefolio.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * Accumulates notes into a portfolio's totals, monthly cash-flow ladder, exposures and concentration:
 * the level above the note in "note → position → portfolio". Add each note's schedule and measures (base
 * or scenario), then take the {@link #summary()}. Not thread-safe: give each thread or partition its own
 * aggregate and {@link #merge} them; the result does not depend on the order.
 *
 * <p>Every figure of a portfolio is computed here, the engines and screens only carry and show them:
 * totals with their yield exclusions, the notes counted by status, expected loss and deltas to the base
 * case ({@link PortfolioTotals}), the ladder, exposures, concentration, the maturity profile and the
 * stratification tables ({@link Stratum}) and the sensitivity ladder (the sums of the base cases' NPVs
 * at each parallel shift of the curve, {@link SensitivityLadder}).
 *
 * <p>The ladder runs from the as-of month over the flows due after the as-of date; its closing balance
 * starts from the outstanding principal and falls by each month's principal, prepayments and defaults.
 */
public final class PortfolioAggregate {

    private static final int COLUMNS = 7; // interest, principal, prepaid, defaulted, recovery, penalty, fee

    private final LocalDate asOf;
    private final int asOfDay;
    private final YearMonth asOfMonth;
    private final Map<CurrencyUnit, Book> books = new HashMap<>();

    public PortfolioAggregate(LocalDate asOf) {
        this.asOf = asOf;
        this.asOfDay = EpochDay.of(asOf);
        this.asOfMonth = YearMonth.from(asOf);
    }

    /**
     * Adds one note: its position, its schedule (base or scenario) and its measures as of this date. A
     * price the stale-price rule flags ({@link PositionWarning}) keeps the note out of the weighted yield
     * and durations, and is counted.
     */
    public PortfolioAggregate add(Position position, Schedule schedule, NoteMeasures measures) {
        NoteTerms t = position.terms();
        books.computeIfAbsent(t.currency(), c -> new Book())
                .add(t, schedule, measures, PositionWarning.isStalePrice(position, measures));
        return this;
    }

    /** Adds one priced position under its base case, with its sensitivity ladder's NPVs if it has them. */
    public PortfolioAggregate add(PositionResult result) {
        add(result.position(), result.schedule(), result.measures());
        if (result.hasLadder()) {
            books.get(result.position().terms().currency()).addLadder(result.shiftedNpvs());
        }
        return this;
    }

    /** Adds everything of {@code other} (of the same as-of date) to this aggregate and returns it. */
    public PortfolioAggregate merge(PortfolioAggregate other) {
        if (!other.asOf.equals(asOf)) {
            throw new IllegalArgumentException("cannot merge aggregates as of " + asOf + " and " + other.asOf);
        }
        other.books.forEach((c, b) -> books.computeIfAbsent(c, k -> new Book()).merge(b));
        return this;
    }

    public PortfolioSummary summary() {
        List<CurrencySummary> out = new ArrayList<>();
        books.forEach((c, b) -> out.add(b.summary(c)));
        out.sort(Comparator.comparingLong((CurrencySummary s) -> s.totals().notes()).reversed()
                .thenComparing(s -> s.currency().getCurrencyCode()));
        return new PortfolioSummary(asOf, out);
    }

    /** Maturity bucket of a note from the as-of date. */
    static String maturityBucket(LocalDate asOf, LocalDate maturity) {
        if (!maturity.isAfter(asOf)) {
            return "matured";
        }
        long months = ChronoUnit.MONTHS.between(asOf, maturity);
        return months < 12 ? "< 1y" : months < 36 ? "1-3y" : months < 60 ? "3-5y" : months < 120 ? "5-10y" : "10y+";
    }

    /**
     * The coupon a note pays on the as-of date: the rate of its first period due after it (a floating note's
     * current reset rate, a stepped note's step), the fixed rate of a note with one rate, and the last
     * period's rate for a note with nothing left to pay.
     */
    public static BigDecimal couponRateInEffect(NoteTerms t, Schedule s, NoteMeasures m) {
        if (t.hasSingleRate() || s.size() == 0) {
            return t.annualRate();
        }
        int i = Math.min(s.firstDueAfter(EpochDay.of(m.asOf())), s.size() - 1);
        return s.rate(i);
    }

    /** One currency's running sums. */
    private final class Book {
        /** The totals' counts and weighted sums. */
        final MeasureSums all = new MeasureSums();
        /** Dimension → bucket → its sums; HashMaps in an EnumMap, which Kryo rebuilds (see the analytics module). */
        final Map<StratumDimension, HashMap<String, MeasureSums>> strata = new EnumMap<>(StratumDimension.class);
        /** Maturity year → {notes, outstanding}; a HashMap, which Kryo rebuilds (see the analytics module). */
        final HashMap<Integer, long[]> maturity = new HashMap<>();
        long[][] ladder = new long[COLUMNS][0];
        final Map<ExposureDimension, Map<String, long[]>> exposure = new EnumMap<>(ExposureDimension.class);
        /** The NPVs at each ladder shift, summed over the notes added with a ladder (base cases). */
        final double[] shiftedNpvs = new double[SensitivityLadder.SHIFTS_BP.size()];
        long ladderNotes;

        void addLadder(double[] npvs) {
            for (int i = 0; i < npvs.length; i++) {
                shiftedNpvs[i] += npvs[i];
            }
            ladderNotes++;
        }

        void add(NoteTerms t, Schedule s, NoteMeasures m, boolean stalePrice) {
            NoteStatus status = NoteStatus.of(t, asOf);
            BigDecimal coupon = couponRateInEffect(t, s, m);
            double couponValue = coupon.doubleValue();
            all.add(status, couponValue, m, s.scale(), stalePrice);
            for (StratumDimension d : StratumDimension.values()) {
                strata.computeIfAbsent(d, x -> new HashMap<>()).computeIfAbsent(d.bucket(t, coupon), x -> new MeasureSums())
                        .add(status, couponValue, m, s.scale(), stalePrice);
            }
            long out = m.outstandingPrincipalMinor();
            long[] year = maturity.computeIfAbsent(t.maturityDate().getYear(), y -> new long[2]);
            year[0]++;
            year[1] += out;
            for (int i = s.firstDueAfter(asOfDay); i < s.size(); i++) {
                int month = monthIndex(s.dueEpochDay(i));
                grow(month + 1);
                ladder[0][month] += s.interestMinor(i);
                ladder[1][month] += s.principalMinor(i);
                ladder[2][month] += s.prepaidMinor(i);
                ladder[3][month] += s.defaultedMinor(i);
                ladder[4][month] += s.recoveryMinor(i);
                ladder[5][month] += s.penaltyMinor(i);
                ladder[6][month] += s.feeMinor(i);
            }
            long collateral = t.security().secured() && t.security().collateralValue() != null
                    ? NoteTerms.decimal(t.security().collateralValue()).movePointRight(s.scale()).longValueExact() : 0;
            long[] amounts = {1, out, m.accruedInterestMinor(), collateral};
            expose(ExposureDimension.BORROWER, t.borrower().name(), amounts);
            expose(ExposureDimension.LENDER, t.lender().name(), amounts);
            expose(ExposureDimension.SECTOR, t.sector(), amounts);
            expose(ExposureDimension.REGION, t.region(), amounts);
            expose(ExposureDimension.RATING, t.rating(), amounts);
            expose(ExposureDimension.MATURITY_BUCKET, maturityBucket(asOf, t.maturityDate()), amounts);
            expose(ExposureDimension.SECURED, t.security().secured() ? "secured" : "unsecured", amounts);
            expose(ExposureDimension.RATE_KIND, RateKind.of(t.rate()).label(), amounts);
            expose(ExposureDimension.INDEX, RateKind.indexOf(t.rate(), asOf), amounts);
        }

        private int monthIndex(int epochDay) {
            YearMonth m = YearMonth.from(EpochDay.toDate(epochDay));
            return (int) ChronoUnit.MONTHS.between(asOfMonth, m);
        }

        private void grow(int months) {
            if (ladder[0].length < months) {
                int size = Math.max(months, ladder[0].length * 2);
                for (int c = 0; c < COLUMNS; c++) {
                    ladder[c] = Arrays.copyOf(ladder[c], size);
                }
            }
        }

        private void expose(ExposureDimension d, String key, long[] amounts) {
            String k = key == null || key.isBlank() ? "(unspecified)" : key;
            long[] row = exposure.computeIfAbsent(d, x -> new HashMap<>()).computeIfAbsent(k, x -> new long[4]);
            for (int i = 0; i < row.length; i++) {
                row[i] += amounts[i];
            }
        }

        void merge(Book b) {
            all.merge(b.all);
            b.strata.forEach((d, buckets) -> buckets.forEach((k, v) -> strata.computeIfAbsent(d, x -> new HashMap<>())
                    .computeIfAbsent(k, x -> new MeasureSums()).merge(v)));
            b.maturity.forEach((y, v) -> {
                long[] year = maturity.computeIfAbsent(y, k -> new long[2]);
                year[0] += v[0];
                year[1] += v[1];
            });
            grow(b.ladder[0].length);
            for (int c = 0; c < COLUMNS; c++) {
                for (int m = 0; m < b.ladder[c].length; m++) {
                    ladder[c][m] += b.ladder[c][m];
                }
            }
            b.exposure.forEach((d, rows) -> rows.forEach((k, v) -> expose(d, k, v)));
            for (int i = 0; i < shiftedNpvs.length; i++) {
                shiftedNpvs[i] += b.shiftedNpvs[i];
            }
            ladderNotes += b.ladderNotes;
        }

        CurrencySummary summary(CurrencyUnit currency) {
            List<LadderRow> rows = new ArrayList<>();
            int months = lastMonthWithFlows() + 1;
            long outstanding = all.outstanding;
            long balance = outstanding;
            long cash = 0;
            long defaulted = 0;
            long recovered = 0;
            for (int m = 0; m < months; m++) {
                balance -= ladder[1][m] + ladder[2][m] + ladder[3][m];
                LadderRow row = new LadderRow(asOfMonth.plusMonths(m), ladder[0][m], ladder[1][m], ladder[2][m],
                        ladder[3][m], ladder[4][m], ladder[5][m], balance, ladder[6][m]);
                rows.add(row);
                cash += row.totalMinor();
                defaulted += row.defaultedMinor();
                recovered += row.recoveryMinor();
            }
            PortfolioTotals totals = all.totals(cash, defaulted, recovered);
            String code = currency.getCurrencyCode();
            List<MaturityYear> years = new ArrayList<>(maturity.size());
            new TreeMap<>(maturity).forEach((y, v) -> years.add(new MaturityYear(code, y, v[0], v[1])));
            long totalExposure = totals.exposureMinor();
            Map<ExposureDimension, List<ExposureRow>> exposures = new LinkedHashMap<>();
            exposure.forEach((d, byKey) -> {
                List<ExposureRow> list = new ArrayList<>(byKey.size());
                byKey.forEach((k, v) -> list.add(new ExposureRow(k, v[0], v[1], v[2], v[3],
                        totalExposure == 0 ? 0 : (double) (v[1] + v[2]) / totalExposure)));
                list.sort(Comparator.comparingLong(ExposureRow::exposureMinor).reversed().thenComparing(ExposureRow::key));
                exposures.put(d, list);
            });
            Map<StratumDimension, List<Stratum>> tables = new EnumMap<>(StratumDimension.class);
            strata.forEach((d, buckets) -> {
                List<Stratum> list = new ArrayList<>(buckets.size());
                buckets.forEach((k, v) -> list.add(v.stratum(k, outstanding)));
                list.sort(d.order());
                tables.put(d, list);
            });
            SensitivityLadder ladder = ladderNotes == 0 ? SensitivityLadder.NONE : SensitivityLadder.of(shiftedNpvs);
            return new CurrencySummary(currency, totals, rows, exposures,
                    concentration(exposures.getOrDefault(ExposureDimension.BORROWER, List.of())), years, tables,
                    ladder);
        }

        private int lastMonthWithFlows() {
            for (int m = ladder[0].length - 1; m >= 0; m--) {
                for (int c = 0; c < COLUMNS; c++) {
                    if (ladder[c][m] != 0) {
                        return m;
                    }
                }
            }
            return -1;
        }
    }

    /** Top shares and Herfindahl index over borrowers sorted by exposure, largest first. */
    private static Concentration concentration(List<ExposureRow> borrowers) {
        double top1 = 0;
        double top5 = 0;
        double top10 = 0;
        double hhi = 0;
        for (int i = 0; i < borrowers.size(); i++) {
            double share = borrowers.get(i).share();
            if (i < 1) {
                top1 += share;
            }
            if (i < 5) {
                top5 += share;
            }
            if (i < 10) {
                top10 += share;
            }
            hhi += share * share;
        }
        return new Concentration(top1, top5, top10, hhi);
    }
}
