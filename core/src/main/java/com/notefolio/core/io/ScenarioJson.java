package com.notefolio.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.notefolio.core.scenario.ScenarioSet;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A set of what-if scenarios as JSON: a set name and a list of named scenarios, each any combination of
 * dated prepayments and payoffs, draws (more lent on a note on a date), a prepayment speed (CPR, SMM, PSA
 * or a CPR vector), a default speed,
 * events of default with their recovery, a rate shock with what it moves ({@code rateShockTarget}:
 * {@code DISCOUNT}, {@code INDEX} or {@code BOTH}, the default) and an index path ({@code indexPath}:
 * an index's monthly levels from a start month). The format is documented in
 * {@code docs/scenarios.md}; {@code examples/scenarios.json} is a worked example.
 *
 * <p>Amounts are exact decimals, written as JSON strings ({@code "50000.00"}) and read from strings or
 * numbers without passing through a binary double. Rates and speeds are fractions ({@code 0.10}); a
 * string percentage ({@code "10%"}) is accepted too. Dates are ISO strings.
 *
 * <p>Reading is strict and complete: an unknown field is an error (a misspelt field must not be silently
 * ignored), and every error of the file is collected into one {@link InputException}, each naming the
 * field path with the scenario's index and name, such as {@code scenarios[2] "10 CPR".prepaymentSpeed.cpr}.
 * Checks that need the notes (a prepayment larger than the balance, a date outside the note's life, a
 * lockout) are the projection's. Files over {@value #MAX_BYTES} bytes or with more than
 * {@value #MAX_SCENARIOS} scenarios are refused. Writing then reading gives a set equal to the one written.
 *
 * <p>The file's shape is {@link ScenarioJsonReader}'s and {@link ScenarioJsonWriter}'s; the rules on the
 * values (ranges, signs, names) are the scenario values' own, which check themselves when built: the
 * reader reports their problems at the file's field paths.
 */
public final class ScenarioJson {

    /** The largest file read: 10 MB (for a {@link Reader}, that many characters). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The most scenarios in one set: the set's own limit. */
    public static final int MAX_SCENARIOS = ScenarioSet.MAX_SCENARIOS;

    /** The name reserved for the base case, which every run includes. */
    public static final String BASE = "base";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A repeated field would otherwise silently keep the last value.
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // NaN and Infinity parse, so that they are reported at their field with the other errors.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // 0.0000001, never 1E-7: rates are written as people write them.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    /** One array element a line, and {@code \n} line ends whatever the platform, so files diff cleanly. */
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ScenarioJson() {
    }

    /** Reads a scenario set from a JSON file (UTF-8); messages name the file, and so does a set without a name. */
    public static ScenarioSet read(Path file) {
        String source = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new InputException(tooLarge(source, size + " bytes"));
        }
        try (Reader in = Utf8Input.open(file)) {
            return read(source, in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a scenario set from JSON text named {@code source} in messages (a set given as a bare array is
     * named after it, less any extension); {@code in} is left open.
     */
    public static ScenarioSet read(String source, Reader in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(new ScenarioJsonReader.LimitedReader(in, MAX_BYTES));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(new InputError(source, at == null ? 0 : at.getLineNr(), null, null, null,
                    "malformed JSON: " + e.getOriginalMessage()));
        } catch (ScenarioJsonReader.TooLargeException e) {
            throw new InputException(tooLarge(source, "more than " + MAX_BYTES + " characters"));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        ScenarioJsonReader reading = new ScenarioJsonReader(source);
        ScenarioSet set = reading.set(root, ScenarioJsonReader.baseName(source));
        InputException.throwIfAny(reading.errors);
        return set;
    }

    /** Reads a scenario set from JSON text; messages name the source {@code scenarios.json}. */
    public static ScenarioSet fromJson(String json) {
        return read("scenarios.json", new StringReader(json));
    }

    /**
     * The set as pretty JSON text, ending with a line break.
     *
     * @throws IllegalArgumentException if the set would not read back (a scenario named "base", two
     *         scenarios of one name, a rate outside 0 to 1…): the messages say what and where
     */
    public static String toJson(ScenarioSet set) {
        ObjectNode tree = new ScenarioJsonWriter(MAPPER.getNodeFactory()).tree(set);
        // The values checked themselves when built; what is left is the file's own rule, a set of at least one.
        ScenarioJsonReader check = new ScenarioJsonReader("scenario set \"" + set.name() + "\"");
        check.set(tree, set.name());
        if (!check.errors.isEmpty()) {
            throw new IllegalArgumentException(new InputException(check.errors).getMessage(),
                    new InputException(check.errors));
        }
        StringWriter out = new StringWriter();
        try {
            PRETTY.writeValue(out, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** Writes the set as pretty JSON to {@code out}, which is left open. */
    public static void write(ScenarioSet set, Writer out) {
        String json = toJson(set);
        try {
            out.write(json);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the set as pretty JSON (UTF-8) to {@code file}, replacing it atomically. */
    public static void write(ScenarioSet set, Path file) {
        String json = toJson(set);
        try (AtomicOutputFile out = AtomicOutputFile.create(file)) {
            out.writer().write(json);
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------- reading

    private static InputError tooLarge(String source, String size) {
        return InputError.inField(source, null, null, "the file is too large (" + size + "); a scenario file "
                + "may be at most 10 MB (" + MAX_BYTES + " bytes): split it into several sets");
    }
}
