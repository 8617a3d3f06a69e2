package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.notefolio.core.io.InputError;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.testing.StoredPortfolios;
import com.notefolio.web.upload.ReceivedFile;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADMIN replaces a portfolio's index data from its row on the portfolios screen. The portfolio is
 * examples/notes-rates.csv with examples/fixings.csv (15 PRIME fixings to 2024-12-19, 10 SOFR to
 * 2024-12-02) and index-curve.csv (3 PRIME points, 5 SOFR, both from 2025-01-01), counted off the files.
 * A fixings file of PRIME alone is refused, naming the two notes on SOFR (FLOAT-SOFR-2023,
 * FIX2FLOAT-2021), and so is one whose SOFR fixings start after their resets; nothing changes. A file of
 * both indexes reaching back to every note's first reset replaces the data whole.
 */
@SpringBootTest
class IndexDataDialogTest extends KaribuViews {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    IndexDataStore indexData;
    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path dir;

    long id;

    @BeforeEach
    void store() {
        id = new StoredPortfolios(portfolios, notes, transaction).store("rates", StoredPortfolios.rateExamples());
        transaction.executeWithoutResult(s -> indexData.save(id, StoredPortfolios.rateExampleIndexData()));
    }

    @Test
    void analystsHaveNoIndexDataButton() {
        signIn("ann", "ANALYST");
        UI.getCurrent().navigate(PortfoliosView.class);
        assertThat(actions(_get(PortfoliosView.class))).extracting(b -> b.getId().orElse(""))
                .contains("open-notes-" + id).doesNotContain("index-data-" + id);
    }

    @Test
    void aReplacementMissingAnIndexIsRefusedAndAWholeOneReplacesTheData() throws IOException {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate(PortfoliosView.class);
        _click(actions(_get(PortfoliosView.class)).stream().filter(b -> b.getId().orElse("").equals("index-data-" + id))
                .findFirst().orElseThrow());
        IndexDataDialog dialog = _get(IndexDataDialog.class);
        assertThat(dialog.holds.getText()).isEqualTo("Holds PRIME: 15 fixings to 2024-12-19, a curve of 3 points from "
                + "2025-01-01; SOFR: 10 fixings to 2024-12-02, a curve of 5 points from 2025-01-01.");
        long revision = portfolios.revision(id).orElseThrow();

        dialog.fixingsReceived(received("prime.csv", "index,date,rate\nPRIME,2022-01-03,0.0325\n"));
        _click(dialog.replace);
        assertThat(dialog.isOpened()).isTrue();
        List<InputError> errors = IntStream.range(0, GridKt._size(dialog.report.errors))
                .mapToObj(i -> GridKt._get(dialog.report.errors, i)).toList();
        assertThat(errors).extracting(InputError::reason).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("FLOAT-SOFR-2023", "SOFR"))
                .anySatisfy(r -> assertThat(r).contains("FIX2FLOAT-2021", "SOFR"));
        assertThat(dialog.report.message.getText()).isEqualTo("The file was refused and nothing was stored: 2 errors.");
        assertThat(indexData.load(id).fixings()).hasSize(25);
        assertThat(portfolios.revision(id).orElseThrow()).isEqualTo(revision);

        // Both indexes, but SOFR only from 2025: FLOAT-SOFR-2023 first resets on 2023-07-15 (read 45 days
        // earlier) and FIX2FLOAT-2021 on 2024-03-01, before any SOFR fixing, so neither reset can be set.
        dialog.fixingsReceived(received("late.csv", "index,date,rate\nPRIME,2022-01-03,0.0325\nSOFR,2025-03-03,0.0431\n"));
        _click(dialog.replace);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(IntStream.range(0, GridKt._size(dialog.report.errors)).mapToObj(i -> GridKt._get(dialog.report.errors, i)
                .reason())).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("FLOAT-SOFR-2023", "reset on 2023-07-15 cannot be set"))
                .anySatisfy(r -> assertThat(r).contains("FIX2FLOAT-2021", "cannot be set"));
        assertThat(indexData.load(id).fixings()).hasSize(25);

        // The earliest reset read of the PRIME notes is FLOAT-PRIME-2022's on 2022-04-01: a 2022-01-03 fixing
        // serves every PRIME note, a 2023-01-03 SOFR fixing every SOFR one.
        dialog.fixingsReceived(received("both.csv", "index,date,rate\nPRIME,2022-01-03,0.0325\nSOFR,2023-01-03,0.0431\n"));
        _click(dialog.replace);
        assertThat(dialog.isOpened()).isFalse();
        var now = indexData.load(id);
        assertThat(now.fixings()).extracting(f -> f.index() + " " + f.date() + " " + f.rate().stripTrailingZeros())
                .containsExactly("PRIME 2022-01-03 0.0325", "SOFR 2023-01-03 0.0431");
        assertThat(now.curves()).as("replaced whole: no curve file, no curves").isEmpty();
        assertThat(portfolios.revision(id).orElseThrow()).isGreaterThan(revision);
        assertThat(IndexDataDialog.describe(now)).isEqualTo("Holds PRIME: 1 fixing to 2022-01-03; SOFR: 1 fixing to "
                + "2023-01-03.");
    }

    /** The buttons of this portfolio's row of the list (rendered per row, so read from the grid's cell). */
    private List<Button> actions(PortfoliosView view) {
        int row = IntStream.range(0, GridKt._size(view.grid)).filter(i -> GridKt._get(view.grid, i).id() == id)
                .findFirst().orElseThrow();
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(GridKt._getCellComponent(view.grid, row, "actions"),
                Button.class);
    }

    private ReceivedFile received(String name, String text) throws IOException {
        Path file = Files.createTempFile(dir, "upload-", ".part");
        Files.writeString(file, text);
        return new ReceivedFile(name, file, Files.size(file));
    }
}
