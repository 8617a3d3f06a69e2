package com.notefolio.core.portfolio;

import com.notefolio.core.note.RateKind;
import com.notefolio.core.pricer.SensitivityLadder;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * Everything the portfolio holds in one currency: totals, the monthly ladder, exposures, concentration,
 * the maturity profile (by the year each note matures, in year order) and the stratification tables
 * (each {@link StratumDimension}'s buckets in the dimension's order) and the sensitivity ladder: the
 * base cases' NPVs summed at each shift of the curve ({@link SensitivityLadder#NONE} for a scenario's
 * summary, which has none).
 */
public record CurrencySummary(CurrencyUnit currency, PortfolioTotals totals, List<LadderRow> monthlyLadder,
                              Map<ExposureDimension, List<ExposureRow>> exposures, Concentration concentration,
                              List<MaturityYear> maturityProfile,
                              Map<StratumDimension, List<Stratum>> strata, SensitivityLadder ladder) {

    public CurrencySummary {
        monthlyLadder = List.copyOf(monthlyLadder);
        exposures = Map.copyOf(exposures);
        maturityProfile = List.copyOf(maturityProfile);
        EnumMap<StratumDimension, List<Stratum>> tables = new EnumMap<>(StratumDimension.class);
        strata.forEach((d, rows) -> tables.put(d, List.copyOf(rows)));
        strata = Collections.unmodifiableMap(tables);
        java.util.Objects.requireNonNull(ladder, "ladder");
    }

    /** The buckets of {@code dimension}, in its order; empty when the currency holds no notes. */
    public List<Stratum> strata(StratumDimension dimension) {
        return strata.getOrDefault(dimension, List.of());
    }

    /**
     * The floating share of the book: the outstanding principal of the notes whose rate is tied to an
     * index for some of its life ({@link RateKind#floats()}: floating, fixed to floating, floating to
     * fixed) ÷ the outstanding principal, from the {@link ExposureDimension#RATE_KIND} exposure; 0 when
     * nothing is outstanding. Principal, not exposure, so accrued interest does not tilt it.
     */
    public double floatingShare() {
        long total = totals.outstandingMinor();
        if (total == 0) {
            return 0;
        }
        long floating = 0;
        for (ExposureRow r : exposures.getOrDefault(ExposureDimension.RATE_KIND, List.of())) {
            RateKind k = RateKind.ofLabel(r.key());
            if (k != null && k.floats()) {
                floating += r.outstandingMinor();
            }
        }
        return (double) floating / total;
    }
}
