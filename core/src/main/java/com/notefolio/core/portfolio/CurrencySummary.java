package com.notefolio.core.portfolio;

import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/** Everything the portfolio holds in one currency: totals, the monthly ladder, exposures, concentration. */
public record CurrencySummary(CurrencyUnit currency, PortfolioTotals totals, List<LadderRow> monthlyLadder,
                              Map<ExposureDimension, List<ExposureRow>> exposures, Concentration concentration) {

    public CurrencySummary {
        monthlyLadder = List.copyOf(monthlyLadder);
        exposures = Map.copyOf(exposures);
    }
}
