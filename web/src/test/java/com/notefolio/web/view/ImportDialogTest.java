package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.notefolio.core.io.InputError;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.upload.ReceivedFile;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import dialog: only ADMIN sees the button; a refused file lists every error in the grid with a
 * download of the report, and stores nothing; a good file closes the dialog and lists the new portfolio; the
 * draws and installments files are imported beside the notes.
 * (Karibu cannot stream a real upload: the tests hand the dialog a received file, as the upload does.)
 */
@SpringBootTest
class ImportDialogTest extends KaribuViews {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,borrower\n";

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void analystsDoNotSeeTheImportButton() {
        signIn("ann", "ANALYST");
        UI.getCurrent().navigate(PortfoliosView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PortfoliosView.class);
        assertThat(_find(Button.class, spec -> spec.withId("import-portfolio"))).isEmpty();
    }

    @Test
    void administratorsOpenTheDialogFromTheButton() {
        assertThat(openDialog().isOpened()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("import-portfolio")).getText()).isEqualTo("Import portfolio");
    }

    @Test
    void aRefusedFileListsEveryErrorAndStoresNothing() throws IOException {
        long portfolios = count("portfolio");
        ImportDialog dialog = openDialog();
        ReceivedFile file = received("bad.csv", HEADER
                + "OK-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,\"<script>alert(1)</script>\"\n"
                + "BAD-1,1000.00,abc,2020-01-01,2021-01-01,INTEREST_ONLY,B\n"
                + "BAD-2,1000.00,0.05,2020-02-30,2021-01-01,INTEREST_ONLY,C\n");

        dialog.notesReceived(file);
        assertThat(dialog.name.getValue()).isEqualTo("bad");
        _click(dialog.importButton);

        assertThat(dialog.errors.isVisible()).isTrue();
        assertThat(GridKt._size(dialog.errors)).isEqualTo(2);
        List<InputError> shown = IntStream.range(0, 2).mapToObj(i -> GridKt._get(dialog.errors, i)).toList();
        assertThat(shown).extracting(InputError::line, InputError::column, InputError::value)
                .containsExactly(tuple(3L, "annual_rate", "abc"),
                        tuple(4L, "issue_date", "2020-02-30"));
        assertThat(GridKt._getFormattedRow(dialog.errors, 0)).contains("bad.csv", "3", "annual_rate", "abc");
        assertThat(dialog.message.getText()).isEqualTo("The file was refused and nothing was stored: 2 errors.");
        assertThat(dialog.download.isVisible()).isTrue();
        assertThat(dialog.download.getHref()).isNotBlank();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count("portfolio")).isEqualTo(portfolios);

        // Closing the dialog deletes the upload.
        dialog.close();
        assertThat(Files.exists(file.path())).isFalse();
    }

    @Test
    void aGoodFileIsImportedAndListed() throws IOException {
        ImportDialog dialog = openDialog();
        ReceivedFile file = received("good.csv", HEADER + "G-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n");
        dialog.notesReceived(file);
        dialog.name.setValue("Good import");

        _click(dialog.importButton);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Files.exists(file.path())).isFalse();
        @SuppressWarnings("unchecked")
        Grid<PortfolioListing> grid = _get(Grid.class, spec -> spec.withId("portfolios"));
        List<PortfolioListing> listed = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .toList();
        assertThat(listed).filteredOn(p -> p.name().equals("Good import")).singleElement()
                .satisfies(p -> {
                    assertThat(p.noteCount()).isEqualTo(1);
                    assertThat(p.sourceFile()).isEqualTo("good.csv");
                    assertThat(p.createdBy()).isEqualTo("admin");
                });
    }

    @Test
    void theDrawsAndInstallmentsFilesAreImportedBesideTheNotes() throws IOException {
        ImportDialog dialog = openDialog();
        // A grid note of up to $1,000 drawn in two advances, and a note repaying $100 of principal a month.
        dialog.notesReceived(received("structured.csv", HEADER
                + "GRID-1,1000.00,0.06,2024-01-01,2024-07-01,INTEREST_ONLY,B\n"
                + "STEP-1,1200.00,0.12,2024-01-01,2025-01-01,CONSTANT_PRINCIPAL,B\n"));
        ReceivedFile draws = received("draws.csv", "note_id,date,amount,kind\nGRID-1,2024-01-01,600.00,\n"
                + "GRID-1,2024-03-01,400.00,advance\n");
        ReceivedFile installments = received("installments.csv", "note_id,from,amount,kind\nSTEP-1,2024-02-01,100.00,\n");
        dialog.drawsReceived(draws);
        dialog.installmentsReceived(installments);
        assertThat(dialog.drawsName.getText()).isEqualTo("draws.csv");
        assertThat(dialog.installmentsName.getText()).isEqualTo("installments.csv");
        dialog.name.setValue("Structured import");

        _click(dialog.importButton);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Files.exists(draws.path())).isFalse();
        assertThat(Files.exists(installments.path())).isFalse();
        long id = jdbc.queryForObject("select id from portfolio where name = ?", Long.class, "Structured import");
        assertThat(jdbc.queryForObject("select source_file from portfolio where id = ?", String.class, id))
                .isEqualTo("structured.csv + draws.csv + installments.csv");
        assertThat(jdbc.queryForList("select amount from note_draw where portfolio_id = ? order by seq",
                java.math.BigDecimal.class, id)).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("600"), new java.math.BigDecimal("400"));
        assertThat(jdbc.queryForObject("select count(*) from installment_step where portfolio_id = ? and note_id = ?",
                Long.class, id, "STEP-1")).isEqualTo(1);
    }

    @Test
    void aTakenNameIsShownOnTheNameField() throws IOException {
        ImportDialog dialog = openDialog();
        dialog.notesReceived(received("one.csv", HEADER + "T-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n"));
        dialog.name.setValue("Twice");
        _click(dialog.importButton);
        dialog = openDialog();
        dialog.notesReceived(received("two.csv", HEADER + "T-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n"));
        dialog.name.setValue("Twice");

        _click(dialog.importButton);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("A portfolio named Twice exists already.");
        assertThat(dialog.isOpened()).isTrue();
    }

    private ImportDialog openDialog() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate(PortfoliosView.class);
        _click(_get(Button.class, spec -> spec.withId("import-portfolio")));
        return _get(ImportDialog.class);
    }

    private ReceivedFile received(String name, String text) throws IOException {
        Path file = Files.createTempFile(dir, "upload-", ".part");
        Files.writeString(file, text);
        return new ReceivedFile(name, file, Files.size(file));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
