package com.notefolio.web.portfolio;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start (no portfolio yet) stores a demo portfolio: the 2003 promissory note and
 * {@code notefolio.demo.notes} (10,000 by default, 0 for none) notes of the core's deterministic
 * generator, so a new user has something to look at.
 */
@Component
@Order(1)
public class DemoPortfolio implements ApplicationRunner {

    public static final String NAME = "Demo portfolio";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPortfolio.class);
    private static final long SEED = 2003;

    private final PortfolioStore portfolios;
    private final NoteStore notes;
    private final TransactionTemplate transaction;
    private final int generated;

    public DemoPortfolio(PortfolioStore portfolios, NoteStore notes, TransactionTemplate transaction,
                         @Value("${notefolio.demo.notes:10000}") int generated) {
        this.portfolios = portfolios;
        this.notes = notes;
        this.transaction = transaction;
        this.generated = generated;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generated < 0 || !portfolios.list().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            long id = portfolios.insert(NAME, "generated (seed " + SEED + ")", "notefolio");
            // Note 0 of the generator is the 2003 note itself; 1..generated follow it.
            PortfolioGenerator generator = PortfolioGenerator.forPortfolio(SEED, generated + 1L);
            List<NewNote> batch = new ArrayList<>(1000);
            for (int i = 0; i <= generated; i++) {
                batch.add(new NewNote(i + 2, generator.note(i)));
                if (batch.size() == 1000) {
                    notes.insert(id, batch);
                    batch.clear();
                }
            }
            notes.insert(id, batch);
        });
        LOG.info("Stored the demo portfolio: the 2003 promissory note and {} generated notes.", generated);
    }
}
