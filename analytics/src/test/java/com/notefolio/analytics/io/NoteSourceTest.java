package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NoteSourceTest {

    @Test
    void aJdbcUrlIsKeptAsTyped() {
        NoteSource s = NoteSource.of("jdbc:postgresql://db.example:5432/notes");
        assertThat(s.isJdbc()).isTrue();
        assertThat(s.isCsv()).isFalse();
        assertThat(s.url()).isEqualTo("jdbc:postgresql://db.example:5432/notes");
        assertThatThrownBy(s::file).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileIsCsvByItsExtensionAndAFolderIsNot() {
        assertThat(NoteSource.of(Path.of("/data/Notes.CSV")).isCsv()).isTrue();
        assertThat(NoteSource.of(Path.of("/data/notes.parquet")).isCsv()).isFalse();
        assertThat(NoteSource.of("/data/notes.parquet").file()).isEqualTo(Path.of("/data/notes.parquet"));
    }

    @Test
    void aPasswordInTheUrlIsMaskedWhereTheLocationIsWrittenDown() {
        assertThat(NoteSource.of("jdbc:postgresql://h/db?user=ana&password=s3cr&t&ssl=true").described())
                .isEqualTo("jdbc:postgresql://h/db?user=ana&password=***&t&ssl=true");
        assertThat(NoteSource.of("jdbc:h2:tcp://h/x;USER=sa;PASSWORD=pw;MODE=PostgreSQL").described())
                .isEqualTo("jdbc:h2:tcp://h/x;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(NoteSource.of("/files/password=notes.csv").described()).isEqualTo("/files/password=notes.csv");
    }
}
