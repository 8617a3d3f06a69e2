package com.notefolio.core.portfolio;

import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * Everything the portfolio holds in one currency: totals, the monthly ladder, exposures, concentration
 * and the maturity profile (by the year each note matures, in year order).
 */
public record CurrencySummary(CurrencyUnit currency, PortfolioTotals totals, List<LadderRow> monthlyLadder,
                              Map<ExposureDimension, List<ExposureRow>> exposures, Concentration concentration,
                              List<MaturityYear> maturityProfile) {

    public CurrencySummary {
        monthlyLadder = List.copyOf(monthlyLadder);
        exposures = Map.copyOf(exposures);
        maturityProfile = List.copyOf(maturityProfile);
    }
}
