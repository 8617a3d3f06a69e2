package com.notefolio.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's addresses: loopback for an embedded session, the given ones (or Spark's own choice) for a
 * cluster, and a message naming the setting for a value that is not an address.
 */
class DriverAddressesTest {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedSessionListensAndAdvertisesOnLoopback() {
        SparkSession spark = AnalyticsSession.builder("local[1]", 1).getOrCreate();
        try {
            assertThat(spark.conf().get("spark.driver.host")).isEqualTo("127.0.0.1");
            assertThat(spark.conf().get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
            // The address the driver's RPC server actually took, not only the setting.
            assertThat(SparkEnv.get().rpcEnv().address().host()).isEqualTo("127.0.0.1");
        } finally {
            spark.stop();
        }
    }

    @Test
    void aClusterMasterIsNotPinnedToLoopback() {
        assertThat(DriverAddresses.DEFAULT.settingsFor("spark://spark-master.example.org:7077")).isEmpty();
        assertThat(DriverAddresses.DEFAULT.settingsFor("yarn")).isEmpty();
        assertThat(DriverAddresses.DEFAULT.settingsFor("local[4]")).containsExactlyInAnyOrderEntriesOf(
                Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1"));
        // local-cluster executors are JVMs of this machine: loopback reaches them.
        assertThat(DriverAddresses.DEFAULT.settingsFor("local-cluster[2,1,1024]"))
                .containsEntry("spark.driver.host", "127.0.0.1");
    }

    @Test
    void givenAddressesAreWhatTheDriverUses() {
        DriverAddresses given = DriverAddresses.of("driver-7.analytics.example.org", "0.0.0.0", "host", "bind");
        assertThat(given.settingsFor("spark://spark-master.example.org:7077")).containsExactlyInAnyOrderEntriesOf(
                Map.of("spark.driver.host", "driver-7.analytics.example.org", "spark.driver.bindAddress", "0.0.0.0"));
        // A host alone: Spark binds to the advertised address (its documented fallback), nothing set here.
        assertThat(DriverAddresses.of("10.1.2.3", null, "host", "bind").settingsFor("spark://m:7077"))
                .containsExactly(Map.entry("spark.driver.host", "10.1.2.3"));
        assertThat(DriverAddresses.of("10.1.2.3", " ", "host", "bind").settingsFor("local[2]"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("spark.driver.host", "10.1.2.3", "spark.driver.bindAddress", "127.0.0.1"));
        assertThat(DriverAddresses.of("fe80::1", "::1", "host", "bind").settingsFor("spark://m:7077"))
                .containsEntry("spark.driver.host", "fe80::1").containsEntry("spark.driver.bindAddress", "::1");
    }

    @Test
    void aValueThatIsNotAnAddressIsRefusedWithItsSetting() {
        assertThatThrownBy(() -> DriverAddresses.of("spark://10.0.0.5:7077", null, "notefolio.spark.driver-host", "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("notefolio.spark.driver-host is \"spark://10.0.0.5:7077\", which is not an address:"
                        + " a host name or an IP address, without a scheme or port");
        assertThatThrownBy(() -> DriverAddresses.of("10.0.0.256", null, "--driver-host", "b"))
                .hasMessageContaining("--driver-host is \"10.0.0.256\"").hasMessageContaining("0 to 255");
        assertThatThrownBy(() -> DriverAddresses.of("my_host", null, "--driver-host", "b"))
                .hasMessageContaining("letters, digits, hyphens and dots only");
        assertThatThrownBy(() -> DriverAddresses.of("0.0.0.0", null, "--driver-host", "--driver-bind-address"))
                .hasMessageContaining("not the wildcard");
        // 198.51.100.0/24 is reserved for documentation (RFC 5737): no machine has it.
        assertThatThrownBy(() -> DriverAddresses.of(null, "198.51.100.7", "h", "--driver-bind-address"))
                .hasMessageStartingWith("--driver-bind-address is 198.51.100.7")
                .hasMessageContaining("not an address of this machine");
    }

    @Test
    void theAnalyzeCommandRefusesABadDriverAddressBeforeSparkStarts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run("analyze", "--notes", "../examples/notes.csv", "--as-of", "2024-06-30",
                    "--discount-rate", "0.05", "--master", "spark://127.0.0.1:1", "--driver-host", "127.0.0.1:7078",
                    "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--driver-host is \"127.0.0.1:7078\", which is not an address");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
