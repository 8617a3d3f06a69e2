package com.notefolio.web.testing;

import com.notefolio.core.io.IndexCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.PortfolioStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portfolios for tests, stored through the application's own stores: the examples folder's notes and
 * stated schedules read by the core's readers, or any positions a test builds. Each gets a unique name,
 * so tests sharing a Spring context do not see each other's notes.
 */
public final class StoredPortfolios {

    private final PortfolioStore portfolios;
    private final NoteStore notes;
    private final TransactionTemplate transaction;

    public StoredPortfolios(PortfolioStore portfolios, NoteStore notes, TransactionTemplate transaction) {
        this.portfolios = portfolios;
        this.notes = notes;
        this.transaction = transaction;
    }

    /** The project's examples folder (notes.csv, schedules.csv, …), found above the working directory. */
    public static Path examplesDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples");
    }

    /** The notes of examples/notes.csv with examples/schedules.csv, in file order. */
    public static List<Position> examples() {
        Path dir = examplesDir();
        List<Position> positions = new ArrayList<>();
        try (var reader = PortfolioCsvReader.open(dir.resolve("notes.csv"),
                StatedScheduleCsvReader.read(dir.resolve("schedules.csv")))) {
            reader.forEachRemaining(positions::add);
        }
        return positions;
    }

    /**
     * The notes of examples/notes-rates.csv (two floating, a stepped, a fixed-to-floating conversion) with
     * examples/rate-steps.csv, read by the core's CSV reader, in file order.
     */
    public static List<Position> rateExamples() {
        Path dir = examplesDir();
        List<Position> positions = new ArrayList<>();
        try (var reader = PortfolioCsvReader.open(dir.resolve("notes-rates.csv"), StatedSchedules.NONE,
                RateStepCsvReader.read(dir.resolve("rate-steps.csv")), e -> {
                    throw new IllegalStateException(e.toString());
                })) {
            reader.forEachRemaining(positions::add);
        }
        return positions;
    }

    /** examples/fixings.csv and examples/index-curve.csv, read by the core's index reader. */
    public static PortfolioIndexData rateExampleIndexData() {
        Path dir = examplesDir();
        return new PortfolioIndexData(IndexCsvReader.readFixings(dir.resolve("fixings.csv")),
                IndexCsvReader.readCurves(dir.resolve("index-curve.csv")));
    }

    /** Stores the positions as a new portfolio, position i on line i + 2 (after the CSV header); returns its id. */
    public long store(String name, List<Position> positions) {
        return transaction.execute(status -> {
            long id = portfolios.insert(name + " " + System.nanoTime(), "test", "test");
            List<NewNote> batch = new ArrayList<>(1000);
            for (int i = 0; i < positions.size(); i++) {
                batch.add(new NewNote(i + 2, positions.get(i)));
                if (batch.size() == 1000) {
                    notes.insert(id, batch);
                    batch.clear();
                }
            }
            notes.insert(id, batch);
            return id;
        });
    }
}
