package com.notefolio.analytics.job;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the Spark driver listens ({@code spark.driver.bindAddress}) and the address it tells executors
 * to call it on ({@code spark.driver.host}). Executors on other machines must be able to reach the
 * advertised address, so it cannot be pinned to 127.0.0.1 for a remote master; an embedded
 * ({@code local[…]}) session has no remote executors, and there loopback keeps a laptop's other
 * interfaces out of it.
 *
 * <p>An address left unset is 127.0.0.1 in local mode; for any other master it is left to Spark (which
 * takes {@code SPARK_LOCAL_IP} / {@code SPARK_LOCAL_HOSTNAME} or this machine's name, and a
 * {@code --conf} of spark-submit), and an unset bind address follows the advertised one.
 */
public final class DriverAddresses {

    /** The address of both settings when nothing is said: an embedded session's. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Neither address given: loopback for local mode, Spark's own choice otherwise. */
    public static final DriverAddresses DEFAULT = new DriverAddresses(null, null);

    // RFC 1123 host names: labels of letters, digits and inner hyphens, dot-separated.
    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(?:%[\\w.]+)?");

    private final String host;
    private final String bindAddress;

    private DriverAddresses(String host, String bindAddress) {
        this.host = host;
        this.bindAddress = bindAddress;
    }

    /**
     * The addresses given, each a host name or an IP address; null or blank for one leaves it unset. The
     * bind address must belong to this machine (or be the wildcard 0.0.0.0 / ::): Spark would otherwise
     * fail later with a bare "could not bind on a random free port".
     *
     * @param setting how the caller names the settings in messages, e.g. {@code --driver-host} or
     *                {@code notefolio.spark.driver-host}, as {@code {host setting, bind setting}}
     * @throws IllegalArgumentException naming the setting and the value when one is not an address
     */
    public static DriverAddresses of(String host, String bindAddress, String hostSetting, String bindSetting) {
        String h = given(host);
        String b = given(bindAddress);
        if (h != null) {
            requireAddress(hostSetting, h);
            if (isWildcard(h)) {
                throw new IllegalArgumentException(hostSetting + " is " + h + ": executors need an address they"
                        + " can call the driver on, not the wildcard (that one is for " + bindSetting + ")");
            }
        }
        if (b != null) {
            requireAddress(bindSetting, b);
            requireLocal(bindSetting, b);
        }
        return new DriverAddresses(h, b);
    }

    /** The advertised address, when given. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** The bind address, when given. */
    public Optional<String> bindAddress() {
        return Optional.ofNullable(bindAddress);
    }

    /** Whether {@code master} runs the executors inside the driver's JVM ({@code local}, {@code local[N]}, …). */
    public static boolean isLocal(String master) {
        String m = master.strip().toLowerCase(Locale.ROOT);
        // local-cluster[…] starts executors as separate JVMs on this machine: they reach loopback too.
        return m.equals("local") || m.startsWith("local[") || m.startsWith("local-cluster[");
    }

    /** The Spark settings these addresses make for {@code master}: only those that are decided here. */
    public Map<String, String> settingsFor(String master) {
        Map<String, String> settings = new LinkedHashMap<>();
        boolean local = isLocal(master);
        String h = host != null ? host : local ? LOOPBACK : null;
        String b = bindAddress != null ? bindAddress : local ? LOOPBACK : null;
        if (h != null) {
            settings.put("spark.driver.host", h);
        }
        if (b != null) {
            settings.put("spark.driver.bindAddress", b);
        }
        return settings;
    }

    @Override
    public String toString() {
        return "driver host " + (host == null ? "(default)" : host) + ", bind address "
                + (bindAddress == null ? "(default)" : bindAddress);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireAddress(String setting, String value) {
        boolean ipv4 = IPV4.matcher(value).matches();
        if (ipv4) {
            for (String part : value.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    throw notAnAddress(setting, value, "each part of an IPv4 address is 0 to 255");
                }
            }
            return;
        }
        if (value.contains(":")) {
            // Only an IPv6 literal has colons; the JDK parses a literal without asking DNS.
            try {
                if (IPV6.matcher(value).matches() && InetAddress.getByName("[" + value + "]") instanceof Inet6Address) {
                    return;
                }
            } catch (UnknownHostException e) {
                // Not an IPv6 address: said below.
            }
            throw notAnAddress(setting, value, "a host name or an IP address, without a scheme or port");
        }
        if (value.matches("[\\d.]+")) {
            throw notAnAddress(setting, value, "an IPv4 address has four parts, 0 to 255");
        }
        if (!HOST_NAME.matcher(value).matches() || value.length() > 253) {
            throw notAnAddress(setting, value, "a host name has letters, digits, hyphens and dots only");
        }
    }

    private static void requireLocal(String setting, String value) {
        if (isWildcard(value)) {
            return;
        }
        try {
            InetAddress address = InetAddress.getByName(value);
            if (!address.isLoopbackAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new IllegalArgumentException(setting + " is " + value + " (" + address.getHostAddress()
                        + "), which is not an address of this machine: the driver can listen only on its own"
                        + " addresses, or on 0.0.0.0 for all of them");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(setting + " is " + value + ", which does not resolve to an address", e);
        } catch (SocketException e) {
            throw new IllegalArgumentException(setting + " is " + value + ": cannot list this machine's"
                    + " addresses to check it (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isWildcard(String value) {
        return value.equals("0.0.0.0") || value.equals("::");
    }

    private static IllegalArgumentException notAnAddress(String setting, String value, String rule) {
        return new IllegalArgumentException(setting + " is \"" + value + "\", which is not an address: " + rule);
    }
}
