package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad scenario files: every error names the file, the scenario by index and name, the field and the reason. */
class ScenarioJsonErrorsTest {

    /** The errors of a set of the given scenarios (JSON objects, comma separated). */
    private static List<InputError> errors(String scenarios) {
        return errorsOfFile("{\"name\": \"t\", \"scenarios\": [" + scenarios + "]}");
    }

    private static List<InputError> errorsOfFile(String json) {
        try {
            ScenarioJson.fromJson(json);
        } catch (InputException e) {
            assertThat(e.errors()).allSatisfy(err -> assertThat(err.source()).isEqualTo("scenarios.json"));
            return e.errors();
        }
        throw new AssertionError("no error was reported");
    }

    /** The one error of the given scenarios. */
    private static InputError error(String scenarios) {
        List<InputError> errors = errors(scenarios);
        assertThat(errors).as("errors of %s", scenarios).hasSize(1);
        return errors.get(0);
    }

    private static final String OK = "{\"name\": \"ok\", \"rateShockBp\": 10}";

    private static String prepayment(String fields) {
        return "{\"name\": \"p\", \"prepayments\": [{" + fields + "}]}";
    }

    private static String event(String fields) {
        return "{\"name\": \"e\", \"eventsOfDefault\": [{" + fields + "}]}";
    }

    private static final String EVENT = "\"note\": \"N\", \"missedPayment\": \"2024-03-01\", ";

    @Test
    void errorMessageNamesFileScenarioFieldValueAndReason() {
        InputError e = error(OK + ", {\"name\": \"10 CPR\", \"prepaymentSpeed\": {\"cpr\": 10}}");

        assertThat(e.field()).isEqualTo("scenarios[1] \"10 CPR\".prepaymentSpeed.cpr");
        assertThat(e.value()).isEqualTo("10");
        assertThat(e.message()).isEqualTo("scenarios.json: field scenarios[1] \"10 CPR\".prepaymentSpeed.cpr: "
                + "value \"10\": must be at most 1 (100%); a rate is a fraction: 10% is 0.10 or \"10%\"");
    }

    @Test
    void unknownFieldsAreErrorsWithASuggestion() {
        List<InputError> errors = errors("{\"name\": \"a\", \"rateShockBP\": 10, \"prepaymentSpeed\": {\"CPR\": 0.1}},"
                + "{\"name\": \"b\", \"prepayments\": [{\"note\": \"N\", \"date\": \"2024-01-01\", \"ammount\": 5}]}");

        assertThat(errors).extracting(InputError::field).containsExactly(
                "scenarios[0] \"a\".rateShockBP",
                "scenarios[0] \"a\".prepaymentSpeed.CPR",
                "scenarios[1] \"b\".prepayments[0].ammount",
                "scenarios[1] \"b\".prepayments[0].amount");
        assertThat(errors.get(0).reason()).isEqualTo("unknown field (did you mean rateShockBp?); the known fields "
                + "here are name, prepayments, draws, prepaymentSpeed, defaultSpeed, eventsOfDefault, rateShockBp, rateShockTarget, indexPath, premiumsOnSpeed");
        assertThat(errors.get(1).reason()).startsWith("unknown field (did you mean cpr?)");
        assertThat(errors.get(2).reason()).startsWith("unknown field (did you mean amount?)");
        assertThat(errors.get(3).reason()).isEqualTo("is required: give the amount prepaid, or \"payoff\": true");
    }

    @Test
    void unknownTopLevelField() {
        InputError e = errorsOfFile("{\"name\": \"t\", \"scenario\": []}").get(0);

        assertThat(e.field()).isEqualTo("scenario");
        assertThat(e.reason()).startsWith("unknown field (did you mean scenarios?)");
    }

    @Test
    void missingRequiredFields() {
        List<InputError> errors = errors("{\"rateShockBp\": 10},"
                + prepayment("\"amount\": \"1.00\"") + ","
                + event("\"recovery\": {\"amount\": \"1.00\"}") + ","
                + event("\"note\": \"N\"") + ","
                + "{\"name\": \"d\", \"defaultSpeed\": {\"recoveryLagMonths\": 3}}");

        assertThat(errors).extracting(e -> e.field() + ": " + e.reason()).containsExactly(
                "scenarios[0].name: is required",
                "scenarios[1] \"p\".prepayments[0].note: is required",
                "scenarios[1] \"p\".prepayments[0].date: is required",
                "scenarios[2] \"e\".eventsOfDefault[0].note: is required",
                "scenarios[2] \"e\".eventsOfDefault[0].missedPayment: is required",
                "scenarios[2] \"e\".eventsOfDefault[0].recovery.date: is required",
                "scenarios[3] \"e\".name: duplicate scenario name: scenarios[2] has it already "
                        + "(names are compared ignoring case and surrounding spaces)",
                "scenarios[3] \"e\".eventsOfDefault[0].missedPayment: is required",
                "scenarios[3] \"e\".eventsOfDefault[0].recovery: is required: "
                        + "{\"amount\": …, \"date\": …} or {\"collateral\": {…}}",
                "scenarios[4] \"d\".defaultSpeed.cdr: is required: the constant default rate a year, such as 0.02",
                "scenarios[4] \"d\".defaultSpeed.severity: is required: the share of the defaulted balance lost, "
                        + "such as 0.40");
    }

    @Test
    void missingScenariosAndEmptySets() {
        assertThat(errorsOfFile("{\"name\": \"t\"}").get(0).field()).isEqualTo("scenarios");
        assertThat(errorsOfFile("{\"name\": \"t\"}").get(0).reason()).isEqualTo("is required: the list of scenarios");
        assertThat(errorsOfFile("[]").get(0).reason()).isEqualTo("is empty: give at least one scenario");
        assertThat(errorsOfFile("").get(0).reason()).startsWith("the file is empty");
        assertThat(errorsOfFile("42").get(0).message()).isEqualTo("scenarios.json: field $: value \"42\": the file "
                + "must hold a JSON object {\"name\": …, \"scenarios\": […]} or an array of scenarios");
        assertThat(errorsOfFile("[1]").get(0).message())
                .isEqualTo("scenarios.json: field scenarios[0]: value \"1\": must be a JSON object {\"name\": …, …}");
    }

    @Test
    void blankOrOverlongNamesAndWrongTypes() {
        List<InputError> errors = errors("{\"name\": \" \", \"rateShockBp\": 1},"
                + "{\"name\": 7, \"rateShockBp\": 1},"
                + "{\"name\": \"" + "x".repeat(101) + "\", \"rateShockBp\": 1},"
                + "{\"name\": \"w\", \"prepayments\": {}, \"eventsOfDefault\": [], \"prepaymentSpeed\": 0.1}");

        assertThat(errors).extracting(e -> e.field() + ": " + e.reason()).containsExactly(
                "scenarios[0].name: must not be blank",
                "scenarios[1].name: must be a string",
                "scenarios[2] \"" + "x".repeat(40) + "…\".name: is 101 characters long; at most 100",
                "scenarios[3] \"w\".prepayments: must be an array of objects",
                "scenarios[3] \"w\".prepaymentSpeed: must be a JSON object with one of cpr, smm, psa, cprVector",
                "scenarios[3] \"w\".eventsOfDefault: is empty: leave the field out or give at least one");
    }

    @Test
    void duplicateScenarioNamesIgnoringCaseAndSpaces() {
        InputError e = error("{\"name\": \"10 CPR\", \"rateShockBp\": 1}, " + OK
                + ", {\"name\": \" 10 cpr \", \"rateShockBp\": 2}");

        assertThat(e.field()).isEqualTo("scenarios[2] \" 10 cpr \".name");
        assertThat(e.value()).isEqualTo(" 10 cpr ");
        assertThat(e.reason()).startsWith("duplicate scenario name: scenarios[0] has it already");
    }

    @Test
    void baseIsReservedForTheBaseCase() {
        InputError e = error("{\"name\": \"Base\", \"rateShockBp\": 100}");

        assertThat(e.field()).isEqualTo("scenarios[0] \"Base\".name");
        assertThat(e.reason()).isEqualTo("\"base\" is reserved for the base case, which every run includes; "
                + "choose another name");
    }

    @Test
    void scenarioThatChangesNothingIsRefused() {
        InputError e = error("{\"name\": \"nothing\"}");

        assertThat(e.field()).isEqualTo("scenarios[0] \"nothing\"");
        assertThat(e.reason()).startsWith("changes nothing");
        assertThat(error("{\"name\": \"zero\", \"rateShockBp\": 0}").reason()).startsWith("changes nothing");
    }

    @Test
    void namesWithQuotesAreQuotedAsJson() {
        InputError e = error("{\"name\": \"the \\\"big\\\" one\", \"rateShockBp\": -20000}");

        assertThat(e.field()).isEqualTo("scenarios[0] \"the \\\"big\\\" one\".rateShockBp");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "cpr": -0.01           | cpr       | -0.01  | must not be negative
            "cpr": "-1%"           | cpr       | -1%    | must not be negative
            "cpr": 1.01            | cpr       | 1.01   | must be at most 1 (100%); a rate is a fraction: 10% is 0.10 or "10%"
            "cpr": "101%"          | cpr       | 101%   | must be at most 1 (100%)
            "cpr": "ten"           | cpr       | ten    | not a number (write a fraction such as 0.10 or a percentage such as "10%")
            "cpr": "1e-1"          | cpr       | 1e-1   | not a number (write a fraction such as 0.10 or a percentage such as "10%")
            "cpr": NaN             | cpr       | NaN    | must be a finite number
            "smm": 2               | smm       | 2      | must be at most 1 (100%); a rate is a fraction: 10% is 0.10 or "10%"
            "psa": -50             | psa       | -50    | must not be negative
            "psa": 10001           | psa       | 10001  | must be at most 10000 (100 PSA is the standard ramp to 6% CPR)
            "psa": "150%"          | psa       | 150%   | not a number (write the PSA speed such as 150; 100 PSA is the standard ramp to 6% CPR)
            "cprVector": [0.1, -0.2] | cprVector[1] | -0.2 | must not be negative
            "cprVector": [0.1, 2]  | cprVector[1] | 2    | must be at most 1 (100%); a rate is a fraction: 10% is 0.10 or "10%"
            "cprVector": []        | cprVector | ''     | is empty: give the CPR of at least one month
            "cprVector": 0.1       | cprVector | 0.1    | must be an array of annual CPRs, one a projection month
            """)
    void prepaymentSpeedOutOfRange(String speed, String field, String value, String reason) {
        InputError e = error("{\"name\": \"s\", \"prepaymentSpeed\": {" + speed + "}}");

        assertThat(e.field()).isEqualTo("scenarios[0] \"s\".prepaymentSpeed." + field);
        assertThat(e.value()).isEqualTo(value.isEmpty() ? null : value);
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void psaAtItsBoundsAndCprOfOneAreAllowed() {
        assertThat(ScenarioJson.fromJson("[{\"name\": \"a\", \"prepaymentSpeed\": {\"psa\": 0}},"
                + "{\"name\": \"b\", \"prepaymentSpeed\": {\"psa\": 10000}},"
                + "{\"name\": \"c\", \"prepaymentSpeed\": {\"cpr\": \"100%\"}},"
                + "{\"name\": \"d\", \"defaultSpeed\": {\"cdr\": 1, \"severity\": 0, \"recoveryLagMonths\": 600}},"
                + "{\"name\": \"e\", \"rateShockBp\": -10000}]").scenarios()).hasSize(5);
    }

    @Test
    void vectorLongerThanAHundredYearsIsRefused() {
        String vector = IntStream.range(0, 1201).mapToObj(i -> "0.01").collect(Collectors.joining(","));

        InputError e = error("{\"name\": \"v\", \"prepaymentSpeed\": {\"cprVector\": [" + vector + "]}}");

        assertThat(e.reason()).isEqualTo("1201 months; a vector may hold at most 1200 (the last value holds after "
                + "the vector ends)");
    }

    @Test
    void moreThanOneSpeedKindOrNone() {
        InputError two = error("{\"name\": \"s\", \"prepaymentSpeed\": {\"cpr\": 0.1, \"psa\": 100}}");
        InputError none = error("{\"name\": \"s\", \"prepaymentSpeed\": {}}");

        assertThat(two.field()).isEqualTo("scenarios[0] \"s\".prepaymentSpeed");
        assertThat(two.reason()).isEqualTo("gives cpr and psa: give one speed kind only "
                + "(one scenario per speed; a combination of speeds is not defined)");
        assertThat(none.reason()).isEqualTo("needs one speed: cpr, smm, psa or cprVector");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "cdr": -0.02, "severity": 0.4          | cdr               | -0.02 | must not be negative
            "cdr": 0.02, "severity": 1.4           | severity          | 1.4   | must be at most 1 (100%)
            "cdr": 0.02, "severity": "140%"        | severity          | 140%  | must be at most 1 (100%)
            "cdr": 0.02, "severity": 0.4, "recoveryLagMonths": -1  | recoveryLagMonths | -1  | must not be negative
            "cdr": 0.02, "severity": 0.4, "recoveryLagMonths": 601 | recoveryLagMonths | 601 | must be at most 600 months (50 years)
            "cdr": 0.02, "severity": 0.4, "recoveryLagMonths": 1.5 | recoveryLagMonths | 1.5 | must be a whole number of months
            "cdr": 0.02, "severity": 0.4, "recoveryLagMonths": "12" | recoveryLagMonths | 12 | must be a whole number of months
            """)
    void defaultSpeedOutOfRange(String fields, String field, String value, String reason) {
        InputError e = error("{\"name\": \"d\", \"defaultSpeed\": {" + fields + "}}");

        assertThat(e.field()).isEqualTo("scenarios[0] \"d\".defaultSpeed." + field);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.reason()).startsWith(reason);
    }

    @Test
    void amountsMustNotBeNegativeAndPrepaymentsMoreThanZero() {
        List<InputError> errors = errors(
                prepayment("\"note\": \"N\", \"date\": \"2024-01-01\", \"amount\": \"-5.00\"") + ","
                + "{\"name\": \"q\", \"prepayments\": [{\"note\": \"N\", \"date\": \"2024-01-01\", \"amount\": 0}]},"
                + "{\"name\": \"r\", \"prepayments\": [{\"note\": \"N\", \"date\": \"2024-01-01\", \"amount\": \"1,000.00\"}]},"
                + "{\"name\": \"s\", \"prepayments\": [{\"note\": \"N\", \"date\": \"2024-01-01\", \"amount\": \"5%\"}]},"
                + event(EVENT + "\"collectionCosts\": -1, "
                        + "\"recovery\": {\"collateral\": {\"value\": \"-1\", \"costs\": \"-2\", \"haircut\": -0.1}}") + ","
                + "{\"name\": \"f\", \"eventsOfDefault\": [{" + EVENT
                        + "\"recovery\": {\"amount\": \"-3\", \"date\": \"2024-06-01\"}}]}");

        assertThat(errors).extracting(e -> e.field() + " = " + e.value() + ": " + e.reason()).containsExactly(
                "scenarios[0] \"p\".prepayments[0].amount = -5.00: must not be negative",
                "scenarios[1] \"q\".prepayments[0].amount = 0: must be more than 0",
                "scenarios[2] \"r\".prepayments[0].amount = 1,000.00: not an amount (write a plain decimal such as \"50000.00\")",
                "scenarios[3] \"s\".prepayments[0].amount = 5%: not an amount (write a plain decimal such as \"50000.00\")",
                "scenarios[4] \"e\".eventsOfDefault[0].collectionCosts = -1: must not be negative",
                "scenarios[4] \"e\".eventsOfDefault[0].recovery.collateral.value = -1: must not be negative",
                "scenarios[4] \"e\".eventsOfDefault[0].recovery.collateral.haircut = -0.1: must not be negative",
                "scenarios[4] \"e\".eventsOfDefault[0].recovery.collateral.costs = -2: must not be negative",
                "scenarios[5] \"f\".eventsOfDefault[0].recovery.amount = -3: must not be negative");
    }

    @Test
    void haircutAboveOneAndLagOutOfRange() {
        List<InputError> errors = errors(event(EVENT
                + "\"recovery\": {\"collateral\": {\"haircut\": 25, \"lagMonths\": 700}}"));

        assertThat(errors).extracting(e -> e.field() + ": " + e.reason()).containsExactly(
                "scenarios[0] \"e\".eventsOfDefault[0].recovery.collateral.haircut: must be at most 1 (100%); "
                        + "a rate is a fraction: 10% is 0.10 or \"10%\"",
                "scenarios[0] \"e\".eventsOfDefault[0].recovery.collateral.lagMonths: must be at most 600 months (50 years)");
    }

    @Test
    void payoffAndAmountRules() {
        List<InputError> errors = errors(
                prepayment("\"note\": \"N\", \"date\": \"2024-01-01\", \"amount\": \"5.00\", \"payoff\": true") + ","
                + "{\"name\": \"q\", \"prepayments\": [{\"note\": \"N\", \"date\": \"2024-01-01\", \"payoff\": false}]},"
                + "{\"name\": \"r\", \"prepayments\": [{\"note\": \"N\", \"date\": \"2024-01-01\", \"payoff\": \"yes\"}]},"
                + "{\"name\": \"s\", \"prepayments\": [{\"note\": \"N\", \"date\": \"2024-01-01\", \"payoff\": true, "
                        + "\"mode\": \"REDUCE_PAYMENT\"}]}");

        assertThat(errors).extracting(e -> e.field() + ": " + e.reason()).containsExactly(
                "scenarios[0] \"p\".prepayments[0].payoff: a payoff pays the whole balance: give either "
                        + "\"payoff\": true or an amount, not both",
                "scenarios[1] \"q\".prepayments[0].payoff: a partial prepayment needs an amount",
                "scenarios[2] \"r\".prepayments[0].payoff: must be true or false",
                "scenarios[2] \"r\".prepayments[0].amount: is required: give the amount prepaid, or \"payoff\": true",
                "scenarios[3] \"s\".prepayments[0].mode: applies to a partial prepayment only; a payoff ends the note");
    }

    @Test
    void payoffFalseWithAmountIsAPartialPrepayment() {
        assertThat(ScenarioJson.fromJson("[" + prepayment("\"note\": \"N\", \"date\": \"2024-01-01\", "
                + "\"amount\": \"5.00\", \"payoff\": false, \"mode\": \"reduce-payment\"") + "]")
                .scenarios().get(0).prepayments().get(0).isPayoff()).isFalse();
    }

    @Test
    void modeMustBeAKnownMode() {
        InputError e = error(prepayment("\"note\": \"N\", \"date\": \"2024-01-01\", \"amount\": \"5.00\", "
                + "\"mode\": \"SHORTEN\""));

        assertThat(e.field()).isEqualTo("scenarios[0] \"p\".prepayments[0].mode");
        assertThat(e.value()).isEqualTo("SHORTEN");
        assertThat(e.reason()).isEqualTo("not one of REDUCE_TERM, REDUCE_PAYMENT");
    }

    @Test
    void datesMustBeIso() {
        InputError e = error(prepayment("\"note\": \"N\", \"date\": \"06/12/2004\", \"amount\": \"5.00\""));

        assertThat(e.message()).isEqualTo("scenarios.json: field scenarios[0] \"p\".prepayments[0].date: "
                + "value \"06/12/2004\": not an ISO date (yyyy-mm-dd, such as 2004-06-12)");
        assertThat(error(prepayment("\"note\": \"N\", \"date\": \"2004-02-30\", \"amount\": \"5.00\"")).value())
                .isEqualTo("2004-02-30");
    }

    @Test
    void recoveryNeedsAmountAndDateOrCollateralNotBoth() {
        List<InputError> errors = errors(
                event(EVENT + "\"recovery\": {}") + ","
                + "{\"name\": \"f\", \"eventsOfDefault\": [{" + EVENT + "\"recovery\": {\"amount\": \"1.00\", "
                        + "\"date\": \"2024-06-01\", \"collateral\": {}}}]},"
                + "{\"name\": \"g\", \"eventsOfDefault\": [{" + EVENT + "\"recovery\": {\"date\": \"2024-06-01\"}}]},"
                + "{\"name\": \"h\", \"eventsOfDefault\": [{" + EVENT + "\"recovery\": \"collateral\"}]}");

        assertThat(errors).extracting(e -> e.field() + ": " + e.reason()).containsExactly(
                "scenarios[0] \"e\".eventsOfDefault[0].recovery: needs amount and date, or collateral",
                "scenarios[1] \"f\".eventsOfDefault[0].recovery: gives both a stated amount and collateral: "
                        + "give {\"amount\", \"date\"} or {\"collateral\"}, not both",
                "scenarios[2] \"g\".eventsOfDefault[0].recovery.amount: is required",
                "scenarios[3] \"h\".eventsOfDefault[0].recovery: must be a JSON object "
                        + "{\"amount\": …, \"date\": …} or {\"collateral\": {…}}");
    }

    @Test
    void noticeBeforeMissedPaymentAndRecoveryBeforeNotice() {
        List<InputError> errors = errors(event("\"note\": \"N\", \"missedPayment\": \"2024-03-01\", "
                + "\"notice\": \"2024-02-28\", \"recovery\": {\"amount\": \"1.00\", \"date\": \"2024-02-01\"}"));

        assertThat(errors).extracting(e -> e.field() + " = " + e.value() + ": " + e.reason()).containsExactly(
                "scenarios[0] \"e\".eventsOfDefault[0].notice = 2024-02-28: is before missedPayment 2024-03-01: "
                        + "notice of default follows the missed payment",
                "scenarios[0] \"e\".eventsOfDefault[0].recovery.date = 2024-02-01: is before the notice of default "
                        + "2024-02-28: recovery follows the acceleration");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10001         | 10001     | must be between -10000 and 10000 basis points (±100%)
            -10000.5      | -10000.5  | must be between -10000 and 10000 basis points (±100%)
            1e6           | 1E+6      | must be between -10000 and 10000 basis points (±100%)
            NaN           | NaN       | must be a finite number of basis points
            Infinity      | Infinity  | must be a finite number of basis points
            -Infinity     | -Infinity | must be a finite number of basis points
            "200bp"       | 200bp     | not a number (write basis points such as 200 or -50)
            """)
    void rateShockMustBeFiniteAndAtMostTenThousandBp(String bp, String value, String reason) {
        InputError e = error("{\"name\": \"r\", \"rateShockBp\": " + bp + "}");

        assertThat(e.field()).isEqualTo("scenarios[0] \"r\".rateShockBp");
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void everyErrorOfTheFileIsCollectedInOneException() {
        String json = """
                {
                  "name": "broken",
                  "scenarios": [
                    { "name": "base", "rateShockBp": 100 },
                    { "name": "10 CPR", "prepaymentSpeed": { "cpr": 10 } },
                    { "name": "10 CPR", "prepaymentSpeed": { "cpr": 0.1, "smm": 0.01 } },
                    { "name": "typo", "prepayments": [ { "note": "N", "date": "2024-01-01", "amout": "5.00" } ] },
                    { "name": "ok", "rateShockBp": 50 },
                    { "name": "late notice", "eventsOfDefault": [ { "note": "N", "missedPayment": "2024-03-01",
                        "notice": "2024-02-01", "recovery": { "collateral": { "haircut": 1.5, "lagMonths": -3 } } } ] }
                  ]
                }
                """;

        assertThatThrownBy(() -> ScenarioJson.fromJson(json))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.errors()).extracting(InputError::field).containsExactly(
                            "scenarios[0] \"base\".name",
                            "scenarios[1] \"10 CPR\".prepaymentSpeed.cpr",
                            "scenarios[2] \"10 CPR\".name",
                            "scenarios[2] \"10 CPR\".prepaymentSpeed",
                            "scenarios[3] \"typo\".prepayments[0].amout",
                            "scenarios[3] \"typo\".prepayments[0].amount",
                            "scenarios[5] \"late notice\".eventsOfDefault[0].notice",
                            "scenarios[5] \"late notice\".eventsOfDefault[0].recovery.collateral.haircut",
                            "scenarios[5] \"late notice\".eventsOfDefault[0].recovery.collateral.lagMonths");
                    assertThat(e.getMessage()).isEqualTo("scenarios.json: field scenarios[0] \"base\".name: "
                            + "value \"base\": \"base\" is reserved for the base case, which every run includes; "
                            + "choose another name (and 8 more errors)");
                });
    }

    @Test
    void malformedJsonNamesTheLine() {
        InputException e = catchInput(() -> ScenarioJson.fromJson("{\n  \"name\": \"t\",\n  \"scenarios\": [\n    {,}\n  ]\n}"));

        assertThat(e.errors()).hasSize(1);
        assertThat(e.error().line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("scenarios.json:4: malformed JSON: ");
    }

    @Test
    void repeatedFieldIsRefusedNotSilentlyOverwritten() {
        InputException e = catchInput(() -> ScenarioJson.fromJson(
                "[{\"name\": \"a\", \"rateShockBp\": 100, \"rateShockBp\": 200}]"));

        assertThat(e.getMessage()).startsWith("scenarios.json:1: malformed JSON: Duplicate field 'rateShockBp'");
    }

    @Test
    void fileOverTenMegabytesIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, "[" + " ".repeat(10 * 1024 * 1024) + "]");

        InputException e = catchInput(() -> ScenarioJson.read(file));

        assertThat(e.getMessage()).isEqualTo("huge.json: the file is too large (10485762 bytes); a scenario file "
                + "may be at most 10 MB (10485760 bytes): split it into several sets");
    }

    @Test
    void readerOverTenMegabytesIsCutOff() {
        // A stream that never ends: the limit stops it after 10 MB rather than reading on.
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, ' ');
                return length;
            }

            @Override
            public void close() {
            }
        };

        InputException e = catchInput(() -> ScenarioJson.read("stream.json", endless));

        assertThat(e.getMessage()).isEqualTo("stream.json: the file is too large (more than 10485760 characters); "
                + "a scenario file may be at most 10 MB (10485760 bytes): split it into several sets");
    }

    @Test
    void moreThanAThousandScenariosIsRefused() {
        String many = IntStream.range(0, 1001).mapToObj(i -> "{\"name\": \"s" + i + "\", \"rateShockBp\": 1}")
                .collect(Collectors.joining(",", "[", "]"));
        String thousand = IntStream.range(0, 1000).mapToObj(i -> "{\"name\": \"s" + i + "\", \"rateShockBp\": 1}")
                .collect(Collectors.joining(",", "[", "]"));

        InputException e = catchInput(() -> ScenarioJson.read("many.json", new StringReader(many)));

        assertThat(e.errors()).hasSize(1);
        assertThat(e.getMessage()).isEqualTo("many.json: field scenarios: 1,001 scenarios; a set may hold at most "
                + "1,000: split it into several sets");
        assertThat(ScenarioJson.fromJson(thousand).scenarios()).hasSize(1000);
    }

    private static InputException catchInput(Runnable read) {
        try {
            read.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no InputException");
    }

    @Test
    void aDuplicateNameIsReportedBesideTheScenariosOtherProblems() {
        List<InputError> errors = errors(OK + ", {\"name\": \"OK\", \"rateShockBp\": 20000, "
                + "\"prepaymentSpeed\": {\"cpr\": -0.3}}");

        assertThat(errors).extracting(e -> e.field() + ": " + e.reason()).containsExactly(
                "scenarios[1] \"OK\".rateShockBp: must be between -10000 and 10000 basis points (±100%)",
                "scenarios[1] \"OK\".name: duplicate scenario name: scenarios[0] has it already "
                        + "(names are compared ignoring case and surrounding spaces)",
                "scenarios[1] \"OK\".prepaymentSpeed.cpr: must not be negative");
    }
}
