package com.notefolio.web.dashboard;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The application's Spark settings are checked when it starts, not when the first dashboard needs Spark. */
class SparkEngineTest {

    @Test
    void aDriverAddressThatIsNotOneStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new SparkEngine("spark://10.0.0.5:7077", "app.jar", 4, "10.0.0.9:7078", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("notefolio.spark.driver-host is \"10.0.0.9:7078\", which is not an address");
        // 198.51.100.0/24 is reserved for documentation (RFC 5737): not an address of this machine.
        assertThatThrownBy(() -> new SparkEngine("spark://10.0.0.5:7077", "app.jar", 4, "", "198.51.100.7"))
                .hasMessageStartingWith("notefolio.spark.driver-bind-address is 198.51.100.7")
                .hasMessageContaining("not an address of this machine");
    }
}
