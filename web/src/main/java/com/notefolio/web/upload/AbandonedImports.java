package com.notefolio.web.upload;

import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Deletes, when the application starts, the portfolios an import left hidden because the application
 * stopped in the middle of it (an import writes its notes in many transactions and shows the portfolio
 * only at the end, see {@link PortfolioImport}). Runs before the web server takes requests, so it never
 * meets an import of this run. One server per database, as everywhere else in the application.
 */
@Component
class AbandonedImports implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedImports.class);

    private final PortfolioStore portfolios;
    private final NoteStore notes;

    AbandonedImports(PortfolioStore portfolios, NoteStore notes) {
        this.portfolios = portfolios;
        this.notes = notes;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (long id : portfolios.importing()) {
            notes.deleteAll(id);
            portfolios.delete(id);
            LOG.warn("Deleted portfolio {}, whose import was cut short when the application last stopped.", id);
        }
    }
}
