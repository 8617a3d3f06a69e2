package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.ScenarioJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenario values refuse nonsense when built, whoever builds them (code, the web's editor, the file
 * reader), in the words the scenario file reader uses. Before, a CPR of −30% prepaid a negative amount
 * (the balance grew) and a CPR of 150% or a CDR of 300% was silently ignored (1 − (1 − 1.5)^(1/12) is NaN).
 */
class ScenarioValuesTest {

    @Test
    void aNegativeCprIsRefused() {
        assertThatThrownBy(() -> PrepaymentSpeed.cpr(-0.30))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            new InvalidScenarioException.Problem("cpr", "-0.3", "must not be negative"));
                    assertThat(e.scenario()).isNull();
                })
                .hasMessage("cpr = -0.3: must not be negative");
    }

    @Test
    void aCprAboveOneHundredPercentIsRefused() {
        assertThatThrownBy(() -> PrepaymentSpeed.cpr(1.50)).hasMessage("cpr = 1.5: must be at most 1 (100%)");
        assertThatThrownBy(() -> PrepaymentSpeed.smm(1.01)).hasMessage("smm = 1.01: must be at most 1 (100%)");
        assertThatThrownBy(() -> PrepaymentSpeed.psa(-100)).hasMessage("psa = -100: must not be negative");
        assertThatThrownBy(() -> PrepaymentSpeed.cprVector(List.of(0.1, 1.5, Double.NaN)))
                .hasMessage("cprVector[1] = 1.5: must be at most 1 (100%); cprVector[2] = NaN: must be a finite number");
        // PSA: 6% × min(t, 30)/30 × PSA/100, so 100 PSA is 3% CPR at month 15; 2,000 PSA would be 120% CPR
        // from month 30, which no balance can prepay (and 1 − (1 − 1.2)^(1/12) is NaN): held at 100%.
        assertThat(PrepaymentSpeed.psa(100).cpr(15, 1)).isCloseTo(0.03, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(PrepaymentSpeed.psa(2000).cpr(30, 1)).isEqualTo(1.0);
        // The bounds themselves are speeds.
        assertThat(PrepaymentSpeed.cpr(1).cpr(1, 1)).isEqualTo(1);
        assertThat(PrepaymentSpeed.cpr(0).cpr(1, 1)).isZero();
    }

    @Test
    void aCdrOfThreeHundredPercentIsRefusedWithEveryOtherProblemOfTheSpeed() {
        assertThatThrownBy(() -> new DefaultSpeed(3.00, 0.40, 12)).hasMessage("cdr = 3: must be at most 1 (100%)");
        InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class,
                () -> new DefaultSpeed(3.00, 1.4, -1));
        assertThat(e.problems()).extracting(InvalidScenarioException.Problem::field)
                .containsExactly("cdr", "severity", "recoveryLagMonths");
        assertThat(e.problems().get(2).reason()).isEqualTo("must not be negative");
    }

    @Test
    void amountsDatesAndNamesAreChecked() {
        assertThatThrownBy(() -> new DatedPrepayment("N", LocalDate.of(2024, 1, 1), new BigDecimal("-5.00"), null))
                .hasMessage("amount = -5.00: must not be negative");
        assertThatThrownBy(() -> new DatedPrepayment(" ", null, BigDecimal.ZERO, null))
                .hasMessage("note =  : must not be blank; date: is required; amount = 0: must be more than 0");
        assertThatThrownBy(() -> Recovery.fromCollateral(new BigDecimal("-1"), 25, null, 700))
                .hasMessage("collateral.value = -1: must not be negative; collateral.haircut = 25: must be at most "
                        + "1 (100%); collateral.lagMonths = 700: must be at most 600 months (50 years)");
        assertThatThrownBy(() -> new EventOfDefault("N", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1),
                new BigDecimal("-1"), Recovery.of(new BigDecimal("1.00"), LocalDate.of(2024, 1, 1))))
                .hasMessage("notice = 2024-02-01: is before missedPayment 2024-03-01: notice of default follows the "
                        + "missed payment; collectionCosts = -1: must not be negative; recovery.date = 2024-01-01: is "
                        + "before the notice of default 2024-02-01: recovery follows the acceleration");
    }

    @Test
    void aScenarioNamesItselfAndASetNamesTheScenariosPlace() {
        assertThatThrownBy(() -> new Scenario("shock", null, null, null, null, 20_000))
                .hasMessage("scenario \"shock\": rateShockBp = 20000: must be between -10000 and 10000 basis points (±100%)");
        Scenario cpr = new Scenario("10 CPR", null, PrepaymentSpeed.cpr(0.10), null, null, 0);
        assertThatThrownBy(() -> new ScenarioSet("s", List.of(cpr, new Scenario(" 10 cpr", null, null, null, null, 5),
                new Scenario("nothing", null, null, null, null, 0))))
                .hasMessage("scenarios[1].name =  10 cpr: duplicate scenario name: scenarios[0] has it already (names "
                        + "are compared ignoring case and surrounding spaces); scenarios[2]: changes nothing: give "
                        + "prepayments, draws, prepaymentSpeed, defaultSpeed, eventsOfDefault, rateShockBp or indexPath (the base case "
                        + "is always run)");
    }

    @Test
    void theFileReaderGivesTheValuesReasonAtTheFieldsPath() {
        InvalidScenarioException built = catchThrowableOfType(InvalidScenarioException.class,
                () -> PrepaymentSpeed.cpr(-0.30));
        InputException read = catchThrowableOfType(InputException.class,
                () -> ScenarioJson.fromJson("[{\"name\": \"ok\", \"rateShockBp\": 1}, {\"name\": \"-30 CPR\", "
                        + "\"prepaymentSpeed\": {\"cpr\": \"-30%\"}}]"));

        InputError e = read.error();
        assertThat(e.field()).isEqualTo("scenarios[1] \"-30 CPR\".prepaymentSpeed.cpr");
        assertThat(e.value()).isEqualTo("-30%");
        assertThat(e.reason()).isEqualTo(built.problems().get(0).reason());
    }
}
