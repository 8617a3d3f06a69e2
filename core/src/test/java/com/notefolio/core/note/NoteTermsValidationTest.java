package com.notefolio.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Each validation rule of {@link NoteTerms} fails with the field, the value given and the rule broken.
 * Amounts pass through Moneta's {@code Money}, which keeps the number without trailing zeros, so an
 * amount given as -100.00 is reported as -100.
 */
class NoteTermsValidationTest {

    private static final LocalDate ISSUE = LocalDate.of(2024, 1, 15);

    /** A valid $10,000 interest-only note, 12 monthly payments, to break one rule at a time. */
    private static NoteTerms.Builder valid() {
        return NoteTerms.builder("N-1")
                .borrower("Borrower Ltd")
                .principal("10000.00")
                .annualRate("0.08")
                .issueDate(ISSUE)
                .maturityDate(ISSUE.plusMonths(12))
                .amortization(Amortization.INTEREST_ONLY);
    }

    private static InvalidTermsException invalid(ThrowingSupplier<?> build) {
        InvalidTermsException e = catchThrowableOfType(InvalidTermsException.class, () -> build.get());
        assertThat(e).as("expected InvalidTermsException").isNotNull();
        return e;
    }

    private static void assertRule(InvalidTermsException e, String field, String value, String rule) {
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.rule()).contains(rule);
        assertThat(e.getMessage()).isEqualTo("note " + e.noteId() + ": " + field + " = " + value + ": " + e.rule());
    }

    @Test
    void validTermsBuildWithTheDocumentedDefaults() {
        NoteTerms t = valid().build();

        assertThat(t.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(t.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(t.accrualBasis()).isEqualTo(DayCounts.PERIODIC);
        assertThat(t.paymentRounding()).isEqualTo(RoundingRule.HALF_UP);
        assertThat(t.interestRounding()).isEqualTo(RoundingRule.HALF_UP);
        assertThat(t.firstPaymentDate()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(t.prepayment()).isEqualTo(PrepaymentTerms.FREELY);
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    @Test
    void negativePrincipalIsRefused() {
        InvalidTermsException e = invalid(() -> valid().principal("-100.00").build());
        assertRule(e, "principal", "-100", "must be positive");
        assertThat(e.noteId()).isEqualTo("N-1");
    }

    @Test
    void zeroPrincipalIsRefused() {
        assertRule(invalid(() -> valid().principal("0.00").build()), "principal", "0", "must be positive");
    }

    @Test
    void principalAboveOneTrillionIsRefused() {
        assertRule(invalid(() -> valid().principal("1000000000000.01").build()), "principal", "1000000000000.01",
                "must be at most 1,000,000,000,000");
    }

    @Test
    void missingPrincipalIsRefused() {
        assertRule(invalid(() -> valid().principal((BigDecimal) null).build()), "principal", "null", "is required");
    }

    @Test
    void principalWithMoreDecimalsThanTheCurrencyIsRefused() {
        assertRule(invalid(() -> valid().principal("100.001").build()), "principal", "100.001",
                "2 decimals in USD");
        assertRule(invalid(() -> valid().currency("JPY").principal("100.5").build()), "principal", "100.5",
                "0 decimals in JPY");
        assertRule(invalid(() -> valid().currency("KWD").principal("100.0005").build()), "principal", "100.0005",
                "3 decimals in KWD");
        // trailing zeros are not extra decimals
        assertThat(valid().currency("JPY").principal("100.00").build().currencyDigits()).isZero();
        assertThat(valid().currency("KWD").principal("100.125").build().currencyDigits()).isEqualTo(3);
    }

    @Test
    void unknownCurrencyCodeIsRefusedByTheBuilder() {
        InvalidTermsException e = invalid(() -> valid().currency("XYZ"));
        assertRule(e, "currency", "XYZ", "is not an ISO 4217 currency code");
    }

    @Test
    void blankIdAndMissingBorrowerAreRefused() {
        assertRule(invalid(() -> valid().id(" ").build()), "id", " ", "is required");
        assertRule(invalid(() -> valid().borrower((Party) null).build()), "borrower", "null", "is required");
    }

    @Test
    void rateOutsideZeroToOneOrTooPreciseIsRefused() {
        assertRule(invalid(() -> valid().annualRate("-0.01").build()), "annual_rate", "-0.01",
                "must be a fraction between 0 and 1");
        assertRule(invalid(() -> valid().annualRate("12").build()), "annual_rate", "12", "(12% is 0.12)");
        assertRule(invalid(() -> valid().annualRate("0.12345678901").build()), "annual_rate", "0.12345678901",
                "at most 10 decimals");
        assertRule(invalid(() -> valid().annualRate((BigDecimal) null).build()), "annual_rate", "null", "is required");
        assertThat(valid().annualRate("0.1200").build().annualRate()).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void maturityNotAfterTheIssueDateIsRefused() {
        assertRule(invalid(() -> valid().maturityDate(ISSUE).build()), "maturity_date", "2024-01-15",
                "must be after the issue date 2024-01-15");
        assertRule(invalid(() -> valid().maturityDate(ISSUE.minusDays(1)).build()), "maturity_date", "2024-01-14",
                "must be after the issue date");
    }

    @Test
    void maturityBeforeTheFirstPaymentIsRefused() {
        InvalidTermsException e = invalid(() -> valid().firstPaymentDate(LocalDate.of(2024, 6, 15))
                .maturityDate(LocalDate.of(2024, 5, 15)).build());
        assertRule(e, "first_payment_date", "2024-06-15", "must not be after the maturity date 2024-05-15");
    }

    @Test
    void firstPaymentOnOrBeforeTheIssueDateIsRefused() {
        assertRule(invalid(() -> valid().firstPaymentDate(ISSUE).build()), "first_payment_date", "2024-01-15",
                "must be after the issue date");
    }

    @Test
    void bulletNoteMustPayAtMaturity() {
        InvalidTermsException e = invalid(() -> valid().amortization(Amortization.BULLET)
                .frequency(Frequency.MONTHLY).build());
        assertRule(e, "frequency", "MONTHLY", "a BULLET note pays once, so its frequency must be AT_MATURITY");
        assertThat(valid().amortization(Amortization.BULLET).frequency(Frequency.AT_MATURITY).build()
                .firstPaymentDate()).isEqualTo(ISSUE.plusMonths(12));
    }

    @Test
    void amortizingNotesNeedARegularFrequency() {
        assertRule(invalid(() -> valid().amortization(Amortization.LEVEL_PAYMENT)
                .frequency(Frequency.AT_MATURITY).build()), "frequency", "AT_MATURITY", "needs a regular payment frequency");
        assertRule(invalid(() -> valid().amortization(Amortization.CONSTANT_PRINCIPAL)
                .frequency(Frequency.AT_MATURITY).build()), "frequency", "AT_MATURITY", "needs a regular payment frequency");
    }

    @Test
    void atMaturityNoteHasItsOnlyPaymentOnTheMaturityDate() {
        assertRule(invalid(() -> valid().frequency(Frequency.AT_MATURITY).firstPaymentDate(ISSUE.plusMonths(6))
                .build()), "first_payment_date", "2024-07-15", "only payment on the maturity date 2025-01-15");
    }

    @Test
    void moreThan1200PeriodsAreRefused() {
        // first payment 2024-02-15; 1,200 monthly periods later is 2124-02-15: months / 1 = 1200 is too many
        assertRule(invalid(() -> valid().maturityDate(LocalDate.of(2124, 2, 15)).build()), "maturity_date",
                "2124-02-15", "at most 1200 periods");
        assertThat(valid().maturityDate(LocalDate.of(2124, 1, 15)).build().maturityDate()).isEqualTo("2124-01-15");
    }

    @Test
    void statedRegularPaymentBelongsToLevelPaymentNotesOnly() {
        assertRule(invalid(() -> valid().statedPayment(new BigDecimal("100.00")).build()), "payment", "100",
                "applies to LEVEL_PAYMENT notes only");
        assertRule(invalid(() -> valid().amortization(Amortization.LEVEL_PAYMENT)
                .statedPayment(new BigDecimal("100.005")).build()), "payment", "100.005", "2 decimals in USD");
        assertRule(invalid(() -> valid().amortization(Amortization.LEVEL_PAYMENT)
                .statedPayment(new BigDecimal("-1.00")).build()), "payment", "-1", "must be positive");
    }

    @Test
    void amortizationTermMustBeWholePeriodsOfALevelPaymentNote() {
        assertRule(invalid(() -> valid().amortizationMonths(360).build()), "amortization_months", "360",
                "applies to LEVEL_PAYMENT notes only");
        assertRule(invalid(() -> valid().amortization(Amortization.LEVEL_PAYMENT).frequency(Frequency.QUARTERLY)
                .amortizationMonths(100).build()), "amortization_months", "100", "whole number of QUARTERLY periods");
        assertRule(invalid(() -> valid().amortization(Amortization.LEVEL_PAYMENT).amortizationMonths(0).build()),
                "amortization_months", "0", "between 1 and 1200");
    }

    @Test
    void statedScheduleThatDoesNotRetireThePrincipalIsRefused() {
        InvalidTermsException e = invalid(() -> valid().amortization(Amortization.STATED)
                .addStatedPayment(LocalDate.of(2024, 7, 15), new BigDecimal("5000.00"))
                .addStatedPayment(LocalDate.of(2025, 1, 15), new BigDecimal("4999.99"))
                .build());
        assertRule(e, "stated_schedule", "9999.99", "do not retire the principal 10000");
    }

    @Test
    void statedScheduleRulesNameTheRow() {
        assertRule(invalid(() -> valid().amortization(Amortization.STATED).build()), "stated_schedule", "none",
                "needs its schedule of dated payments");
        assertRule(invalid(() -> valid().addStatedPayment(ISSUE.plusMonths(12), new BigDecimal("10000.00")).build()),
                "stated_schedule", "1 payments", "only a STATED note has a stated schedule");
        assertRule(invalid(() -> valid().amortization(Amortization.STATED)
                        .addStatedPayment(LocalDate.of(2024, 7, 15), new BigDecimal("100.00"))
                        .addStatedPayment(LocalDate.of(2024, 7, 15), new BigDecimal("10000.00"))
                        .build()),
                "stated_schedule[2].due_date", "2024-07-15", "must be after the previous due date 2024-07-15");
        assertRule(invalid(() -> valid().amortization(Amortization.STATED)
                        .addStatedPayment(LocalDate.of(2024, 7, 15), new BigDecimal("0.00"))
                        .addStatedPayment(ISSUE.plusMonths(12), new BigDecimal("10000.00"))
                        .build()),
                "stated_schedule[1].payment", "0", "must be positive");
        assertRule(invalid(() -> valid().amortization(Amortization.STATED)
                        .addStatedPayment(LocalDate.of(2024, 12, 15), new BigDecimal("10800.00"))
                        .build()),
                "maturity_date", "2025-01-15", "must be the last stated due date 2024-12-15");
    }

    @Test
    void prepaymentDefaultAndSecurityTermsAreChecked() {
        assertRule(invalid(() -> valid().prepayment(new PrepaymentTerms(true, new BigDecimal("1.5"), null)).build()),
                "prepayment_penalty", "1.5", "between 0 and 1");
        assertRule(invalid(() -> valid().defaults(new DefaultTerms(-1, null, true, false, List.of())).build()),
                "cure_days", "-1", "between 0 and 3650 days");
        assertRule(invalid(() -> valid().defaults(new DefaultTerms(10, new BigDecimal("2"), true, false, List.of()))
                .build()), "default_rate", "2", "between 0 and 1");
        assertRule(invalid(() -> valid().security(true, "house", new BigDecimal("-1.00")).build()),
                "collateral_value", "-1", "must not be negative");
    }

    @Test
    void exceptionIsAnIllegalArgument() {
        assertThatThrownBy(() -> valid().principal("-1").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("note N-1: principal = -1: must be positive");
    }
}
