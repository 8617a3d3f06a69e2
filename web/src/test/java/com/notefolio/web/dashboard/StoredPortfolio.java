package com.notefolio.web.dashboard;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.PortfolioStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated portfolio stored in the test database, with the positions it was made of (the reference
 * that results are checked against). Every {@code euroEvery}-th note is in euros, when asked.
 */
public record StoredPortfolio(long id, List<Position> positions) {

    public static StoredPortfolio store(PortfolioStore portfolios, NoteStore notes, long seed, int count, int euroEvery) {
        long id = portfolios.insert("generated " + seed + " " + System.nanoTime(), "generated", "test");
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(seed, count);
        List<Position> positions = new ArrayList<>(count);
        List<NewNote> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Position p = generator.note(i);
            if (euroEvery > 0 && i % euroEvery == euroEvery - 1) {
                p = Position.atPar(p.terms().toBuilder().currency("EUR").build());
            }
            positions.add(p);
            batch.add(new NewNote(i + 2, p));
            if (batch.size() == 1000) {
                notes.insert(id, batch);
                batch.clear();
            }
        }
        notes.insert(id, batch);
        return new StoredPortfolio(id, List.copyOf(positions));
    }
}
