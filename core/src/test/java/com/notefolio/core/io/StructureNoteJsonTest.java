package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The note JSON's structure fields (disbursement_date, first_principal_date, advances, deferral, forgiveness)
 * read from the examples into the terms the hand-worked schedules of {@code StructuredScheduleTest} use,
 * written back unchanged, and refused naming the JSON path.
 */
class StructureNoteJsonTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void thePppExampleReadsItsDeferralAndForgivenessAndSchedulesAsWorkedByHand() {
        NoteTerms ppp = NoteJson.read(EXAMPLES.resolve("note-ppp.json"));

        assertThat(ppp.structure().deferral()).isEqualTo(new Deferral(LocalDate.of(2020, 11, 4),
                Deferral.DeferredInterest.SPREAD));
        assertThat(ppp.structure().forgiveness()).hasSize(1);
        Schedule s = ScheduleResolver.resolve(ppp);
        // 15,000 forgiven on 15 Oct 2020; then PMT($5,000, 1% ÷ 12, 18) = $279.98 plus 511¢ of the $92.10 deferred.
        assertThat(s.flags(5)).isEqualTo(FlowKind.FORGIVENESS.bit());
        assertThat(s.paymentMinor(7)).isEqualTo(279_98 + 5_11);
        assertThat(NoteJson.fromJson(NoteJson.toJson(ppp))).isEqualTo(ppp);
    }

    @Test
    void theGridExampleReadsItsThreeAdvances() {
        NoteTerms grid = NoteJson.read(EXAMPLES.resolve("note-grid.json"));

        assertThat(grid.structure().advances()).hasSize(3);
        Schedule s = ScheduleResolver.resolve(grid);
        assertThat(s.paymentMinor(1)).isEqualTo(-50_000_00);
        assertThat(s.paymentMinor(7)).isEqualTo(226_125_00);
        assertThat(NoteJson.fromJson(NoteJson.toJson(grid))).isEqualTo(grid);
    }

    @Test
    void disbursementAndLeadInRoundTrip() {
        NoteTerms t = NoteJson.fromJson("""
                {"id": "d", "borrower": {"name": "B"}, "principal": "1000.00", "annual_rate": "0.06",
                 "issue_date": "2024-01-01", "disbursement_date": "2024-01-10", "maturity_date": "2025-01-01",
                 "amortization": "LEVEL_PAYMENT", "first_principal_date": "2024-07-01", "accrual_basis": "ACT/360"}
                """);
        assertThat(t.structure().disbursementDate()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(t.firstPrincipalDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(NoteJson.fromJson(NoteJson.toJson(t))).isEqualTo(t);
    }

    @Test
    void steppedInstallmentsRoundTripAndScheduleEachStep() {
        NoteTerms t = NoteJson.fromJson("""
                {"id": "equip", "borrower": {"name": "B"}, "principal": "120000.00", "annual_rate": "0.08",
                 "issue_date": "2024-01-01", "maturity_date": "2025-01-01", "amortization": "CONSTANT_PRINCIPAL",
                 "accrual_basis": "30/360", "installments": [{"from": "2024-02-01", "amount": "5000.00"},
                 {"from": "2024-08-01", "amount": "15000.00", "kind": "principal"}]}
                """);
        assertThat(t.structure().installments()).hasSize(2);
        // StructuredScheduleTest's equipment note: $5,000 a month for six months, then $15,000.
        assertThat(ScheduleResolver.resolve(t).principalMinor(6)).isEqualTo(15_000_00);
        assertThat(NoteJson.fromJson(NoteJson.toJson(t))).isEqualTo(t);
        var late = catchThrowableOfType(() -> NoteJson.fromJson(NoteJson.toJson(t).replace("2024-08-01", "2024-01-15")),
                InputException.class);
        assertThat(late.getMessage()).contains("installments[1].from");
    }

    @Test
    void badStructureFieldsAreRefusedNamingTheirJsonPath() {
        String base = """
                {"id": "g", "borrower": {"name": "B"}, "principal": "1000.00", "annual_rate": "0.06",
                 "issue_date": "2024-01-01", "maturity_date": "2024-07-01", "amortization": "INTEREST_ONLY",
                 "accrual_basis": "ACT/360", %s}
                """;
        var late = catchThrowableOfType(() -> NoteJson.fromJson(base.formatted(
                "\"advances\": [{\"date\": \"2024-01-01\", \"amount\": \"500.00\"}, {\"date\": \"2024-08-01\", \"amount\": \"100.00\"}]")),
                InputException.class);
        assertThat(late.getMessage()).contains("advances[1].date").contains("before the maturity date 2024-07-01");

        var rule = catchThrowableOfType(() -> NoteJson.fromJson(base.formatted(
                "\"deferral\": {\"through\": \"2024-03-01\", \"interest\": \"later\"}")), InputException.class);
        assertThat(rule.getMessage()).contains("deferral.interest").contains("CAPITALIZE, PAY_AT_FIRST, SPREAD");

        var unknown = catchThrowableOfType(() -> NoteJson.fromJson(base.formatted(
                "\"deferral\": {\"until\": \"2024-03-01\"}")), InputException.class);
        assertThat(unknown.getMessage()).contains("deferral.until").contains("unknown field");

        var through = catchThrowableOfType(() -> NoteJson.fromJson(base.formatted(
                "\"deferral\": {\"through\": \"2024-09-01\"}")), InputException.class);
        assertThat(through.getMessage()).contains("deferral.through");
    }
}
