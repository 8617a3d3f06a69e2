package com.notefolio.web.dashboard;

import com.notefolio.core.portfolio.Concentration;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.MaturityYear;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Stratum;
import com.notefolio.core.portfolio.StratumDimension;
import com.notefolio.core.pricer.SensitivityLadder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of the notes in one currency (amounts of different currencies are never added): the
 * core's totals, the expected loss under the dashboard's default assumption (defaulted principal less
 * recoveries, undiscounted, as the core's totals define it), the monthly ladder, the largest
 * borrowers, exposure by sector and region, outstanding principal by maturity year and the borrower
 * concentration, the stratification tables (the core's buckets by {@link StratumDimension}), the
 * sensitivity ladder (the notes' NPVs summed at each parallel shift of the curve, by the core on Spark),
 * and the split of the book by rate kind and by the index its rates read, with the floating share of
 * outstanding principal ({@link com.notefolio.core.portfolio.CurrencySummary#floatingShare()}). Amounts
 * named {@code …Minor} are in minor units of the currency.
 */
public record CurrencyDashboard(String currency, int fractionDigits, PortfolioTotals totals,
                                long defaultedMinor, long recoveredMinor, long expectedLossMinor,
                                List<LadderRow> monthlyLadder, int borrowers, List<ExposureRow> topBorrowers,
                                List<ExposureRow> sectors, List<ExposureRow> regions,
                                List<MaturityYear> maturityProfile, Concentration concentration,
                                Map<StratumDimension, List<Stratum>> strata, SensitivityLadder sensitivity,
                                List<ExposureRow> rateKinds, List<ExposureRow> indexes, double floatingShare) {

    /** How many of the largest borrowers the dashboard lists. */
    public static final int TOP_BORROWERS = 10;

    public CurrencyDashboard {
        monthlyLadder = List.copyOf(monthlyLadder);
        topBorrowers = List.copyOf(topBorrowers);
        sectors = List.copyOf(sectors);
        regions = List.copyOf(regions);
        maturityProfile = List.copyOf(maturityProfile);
        strata = Map.copyOf(strata);
        rateKinds = List.copyOf(rateKinds);
        indexes = List.copyOf(indexes);
        java.util.Objects.requireNonNull(sensitivity, "sensitivity");
    }

    /** The buckets of {@code dimension}, in the core's order. */
    public List<Stratum> strata(StratumDimension dimension) {
        return strata.getOrDefault(dimension, List.of());
    }

    /** An amount of this currency's minor units as a decimal: 12345 → 123.45 for USD. */
    public BigDecimal amount(long minor) {
        return BigDecimal.valueOf(minor, fractionDigits);
    }
}
