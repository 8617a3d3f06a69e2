package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The charge columns of the portfolio CSV (premium steps, yield maintenance, open period, late charge, default
 * margin) and the note JSON's prepayment and default objects read into the terms they state; JSON writes them
 * back the same; bad values are refused naming file, line and column, or the JSON path.
 */
class ChargeColumnsTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,"
            + "premium_steps,yield_maintenance_spread,yield_maintenance_floor,open_months,late_charge_rate,"
            + "late_charge_amount,late_charge_grace_days,late_charge_max,default_margin\n";
    private static final String NOTE = "C-1,1000000.00,0.06,2020-01-01,2030-01-01,INTEREST_ONLY,";

    private static NoteTerms only(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            return reader.next().terms();
        }
    }

    private static String firstError(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            reader.forEachRemaining(p -> { });
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error was reported");
    }

    @Test
    void columnsStateStepDownOpenPeriodLateChargeAndMargin() {
        NoteTerms t = only(HEADER + NOTE + "1:5%;2:0.04;3:0.03;7:0,,,3,0.05,,10,50.00,0.05\n");
        var premium = (PrepaymentPremium.StepDown) t.prepayment().premium();
        assertThat(premium.steps()).hasSize(4);
        assertThat(premium.rateOn(t.issueDate(), LocalDate.of(2020, 6, 1))).isEqualByComparingTo("0.05");
        assertThat(premium.rateOn(t.issueDate(), LocalDate.of(2022, 6, 1))).isEqualByComparingTo("0.03");
        assertThat(premium.rateOn(t.issueDate(), LocalDate.of(2026, 6, 1))).isEqualByComparingTo("0");
        assertThat(t.prepayment().openMonths()).isEqualTo(3);
        assertThat(t.defaults().lateCharge()).isEqualTo(new LateCharge(new BigDecimal("0.05"), null, 10,
                new BigDecimal("50.00")));
        assertThat(t.defaults().defaultMargin()).isEqualByComparingTo("0.05");
    }

    @Test
    void yieldMaintenanceColumns() {
        NoteTerms t = only(HEADER + NOTE + ",0.005,1%,,,25.00,5,,\n");
        assertThat(t.prepayment().premium()).isEqualTo(new PrepaymentPremium.YieldMaintenance(
                new BigDecimal("0.005"), new BigDecimal("0.01")));
        assertThat(t.defaults().lateCharge().amount()).isEqualByComparingTo("25.00");
    }

    @Test
    void badChargeCellsNameTheLineAndColumn() {
        assertThat(firstError(HEADER + NOTE + "1:0.05;x:0.04,,,,,,,,\n"))
                .contains("notes.csv:2: column premium_steps", "neither a loan year");
        assertThat(firstError(HEADER + NOTE + "1:0.05,0.005,,,,,,,\n"))
                .contains("notes.csv:2: column premium_steps", "not both");
        assertThat(firstError(HEADER + NOTE + "2:0.05;1:0.04,,,,,,,,\n"))
                .contains("premium_steps", "must start after");
        assertThat(firstError(HEADER + NOTE + ",,,,0.05,25.00,,,\n"))
                .contains("notes.csv:2: column late_charge_rate", "exactly one");
        assertThat(firstError(HEADER + NOTE + ",,,,,,10,,\n"))
                .contains("late_charge_grace_days", "give late_charge_rate or late_charge_amount");
        assertThat(firstError(HEADER + NOTE + ",,,-1,,,,,\n")).contains("open_months");
    }

    @Test
    void noteJsonWritesAndReadsTheChargeTerms() {
        NoteTerms csv = only(HEADER + NOTE + "2020-01-01:0.05;2027-06-01:0.01,,,6,,35.00,15,,0.04\n");
        NoteTerms back = NoteJson.fromJson(NoteJson.toJson(csv));
        assertThat(back.prepayment()).isEqualTo(csv.prepayment());
        assertThat(back.defaults()).isEqualTo(csv.defaults());
        assertThat(((PrepaymentPremium.StepDown) back.prepayment().premium()).steps().get(1))
                .isEqualTo(PremiumStep.fromDate(LocalDate.of(2027, 6, 1), new BigDecimal("0.01")));
    }

    @Test
    void noteJsonRefusesBadChargesByPath() {
        String json = """
                {"id":"J","borrower":{"name":"B"},"principal":"1000.00","annual_rate":"0.06",
                 "issue_date":"2020-01-01","maturity_date":"2025-01-01","amortization":"INTEREST_ONLY",
                 "prepayment":{"premium":{"kind":"step_down","steps":[{"from_year":1,"rate":"1.5"}]}}}""";
        assertThatThrownBy(() -> NoteJson.fromJson(json)).isInstanceOf(InputException.class)
                .hasMessageContaining("prepayment.premium.steps[0]").hasMessageContaining("between 0 and 1");
        String late = json.replace("\"prepayment\":{\"premium\":{\"kind\":\"step_down\",\"steps\":[{\"from_year\":1,\"rate\":\"1.5\"}]}}",
                "\"default\":{\"late_charge\":{\"rate\":\"0.05\",\"grace_days\":400}}");
        assertThatThrownBy(() -> NoteJson.fromJson(late)).isInstanceOf(InputException.class)
                .hasMessageContaining("default.late_charge.grace_days");
        String kind = json.replace("step_down", "make_whole");
        assertThatThrownBy(() -> NoteJson.fromJson(kind)).isInstanceOf(InputException.class)
                .hasMessageContaining("prepayment.premium.kind");
        assertThat(List.of(PortfolioCsvReader.CHARGE_COLUMNS.toArray())).allMatch(PortfolioCsvReader.ALL_COLUMNS::contains);
    }
}
