package com.notefolio.web.export;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.web.portfolio.PortfolioStore;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What an export of a stored portfolio records and prices with: the as-of date and discounting, the
 * portfolio the notes came from (its name and revision, so a workbook says which import it shows), and the
 * index data its floating notes were set from. Read in the caller's transaction, with the notes.
 */
@Component
class StoredExportAssumptions {

    private final PortfolioStore portfolios;

    StoredExportAssumptions(PortfolioStore portfolios) {
        this.portfolios = portfolios;
    }

    ExportAssumptions of(long portfolioId, LocalDate asOf, DiscountCurve curve, IndexData indices) {
        String source = portfolios.find(portfolioId)
                .map(p -> "Notefolio portfolio " + portfolioId + " \"" + p.name() + "\" (revision " + p.revision() + ")")
                .orElse("Notefolio portfolio " + portfolioId);
        return ExportAssumptions.of(asOf, curve).withInputs(List.of(source)).withIndexData(indices);
    }
}
