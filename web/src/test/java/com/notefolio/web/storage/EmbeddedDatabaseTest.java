package com.notefolio.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.cli.Main;
import com.notefolio.web.NotefolioApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database at rest (issue 17 item 8), on real H2 files: a private folder and files, a
 * generated password instead of {@code sa} with none, older password-less databases migrated with their
 * data, and an empty or corrupt file refused in plain words with a non-zero exit.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    private static String url(Path base) {
        return "jdbc:h2:file:" + base;
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewDatabaseIsPrivateAndHasAGeneratedPassword() throws Exception {
        Path folder = temp.resolve("notefolio");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path base = folder.resolve("notefolio");
        EmbeddedDatabase db = new EmbeddedDatabase(base, url(base));

        String password = db.prepare(true);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(db.passwordFile())).isEqualTo("rw-------");
        assertThat(Files.readString(db.passwordFile()).strip()).isEqualTo(password);
        try (Connection c = DriverManager.getConnection(url(base), "sa", password)) {
            c.createStatement().execute("create table t (x int)");
        }
        db.restrictFiles();
        assertThat(mode(db.dataFile())).isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(url(base), "sa", "").close())
                .isInstanceOf(SQLException.class);
        // The next start reads the same password back.
        assertThat(new EmbeddedDatabase(base, url(base)).prepare(true)).isEqualTo(password);
    }

    @Test
    void anOlderDatabaseWithoutPasswordKeepsItsDataAndGetsOne() throws Exception {
        Path base = temp.resolve("old");
        try (Connection c = DriverManager.getConnection(url(base), "sa", "")) {
            c.createStatement().execute("create table kept (x int); insert into kept values (42)");
        }
        String password = new EmbeddedDatabase(base, url(base)).prepare(false);
        try (Connection c = DriverManager.getConnection(url(base), "sa", password);
             ResultSet rs = c.createStatement().executeQuery("select x from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(base), "sa", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void anEmptyDatabaseFileIsRefusedNotReplacedByAFreshInstallation() throws Exception {
        Path base = temp.resolve("empty");
        EmbeddedDatabase db = new EmbeddedDatabase(base, url(base));
        Files.createFile(db.dataFile());
        assertThatThrownBy(() -> db.prepare(false)).isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining(db.dataFile().toString()).hasMessageContaining("empty (0 bytes)");
        assertThat(Files.size(db.dataFile())).isZero();
        assertThat(db.passwordFile()).doesNotExist();
    }

    @Test
    void aCorruptDatabaseFileIsRefusedInPlainWords() throws Exception {
        Path base = temp.resolve("corrupt");
        EmbeddedDatabase db = new EmbeddedDatabase(base, url(base));
        byte[] junk = new byte[64 * 1024];
        new Random(17).nextBytes(junk);
        Files.write(db.dataFile(), junk);
        assertThatThrownBy(() -> db.prepare(false)).isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("cannot be opened").hasMessageContaining(db.dataFile().toString());
        assertThat(Files.readAllBytes(db.dataFile())).isEqualTo(junk);
    }

    @Test
    void serveStopsWithAMessageAndExitOneOnAnEmptyDatabase() throws Exception {
        Path folder = temp.resolve("data");
        Files.createDirectories(folder);
        Files.createFile(folder.resolve("notefolio.mv.db"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run("serve", "--port=0", "--", "--notefolio.data-dir=" + folder,
                    "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("notefolio"),
                    "--spring.datasource.password=", "--notefolio.admin-password=unused-password-1");
        } finally {
            System.setErr(saved);
        }
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notefolio serve: The database file")
                .contains("is empty (0 bytes)").doesNotContain("\tat ");
        assertThat(Files.size(folder.resolve("notefolio.mv.db"))).isZero();
    }

    @Test
    void theApplicationStartsOnAPrivateDatabaseWithAGeneratedPassword() throws Exception {
        Path folder = temp.resolve("app-data");
        try (ConfigurableApplicationContext app = new SpringApplication(NotefolioApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--notefolio.data-dir=" + folder,
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("notefolio"), "--spring.datasource.password=",
                "--notefolio.demo.notes=-1", "--notefolio.spark.start-at-boot=false")) {
            assertThat(mode(folder)).isEqualTo("rwx------");
            assertThat(mode(folder.resolve("notefolio.mv.db"))).isEqualTo("rw-------");
            assertThat(mode(folder.resolve("notefolio.password"))).isEqualTo("rw-------");
            assertThat(app.getEnvironment().getProperty("spring.datasource.password"))
                    .isEqualTo(Files.readString(folder.resolve("notefolio.password")).strip());
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(folder.resolve("notefolio")), "sa", "").close())
                .isInstanceOf(SQLException.class);
    }
}
