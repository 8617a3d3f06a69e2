package com.notefolio.core.cli;

import com.notefolio.core.disclosure.ActuarialApr;
import com.notefolio.core.disclosure.AprSolution;
import com.notefolio.core.disclosure.ClosedEndCredit;
import com.notefolio.core.disclosure.DatedAmount;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.disclosure.UnitPeriod;
import com.notefolio.core.disclosure.UnitPeriodRule;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PaymentsCsvReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code notefolio apr}: the annual percentage rate of Regulation Z Appendix J for an amount financed on a
 * date and a schedule of payments, as the regulators' APRWIN calculator computes it, and the Truth in
 * Lending box.
 */
@Command(name = "apr", mixinStandardHelpOptions = true,
        description = {"The annual percentage rate (12 CFR 1026 Appendix J, actuarial method) of an amount",
            "financed on a date, repaid by the payments of a CSV (columns date, amount). The first line of",
            "output is the APR as a percentage with four decimals; then the Truth in Lending box: amount",
            "financed, finance charge (total of payments - amount financed), total of payments and APR."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column)"})
final class AprCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--amount-financed", required = true, paramLabel = "AMOUNT",
            description = "The amount financed, advanced on --date (e.g. 5000.00).")
    BigDecimal amountFinanced;

    @Option(names = "--date", required = true, paramLabel = "DATE",
            description = "The date the amount financed is advanced and the term begins (ISO, e.g. 2024-01-10).")
    LocalDate date;

    @Option(names = "--payments", required = true, paramLabel = "FILE",
            description = "Payments CSV: columns date, amount; one scheduled payment a row, in date order.")
    Path payments;

    @Option(names = "--unit-period", paramLabel = "PERIOD", converter = UnitPeriodConverter.class,
            description = "The unit-period: " + UnitPeriodConverter.WORDS + " (a single payment only)."
                    + " Default: inferred from the payment dates as Appendix J (b)(4) says.")
    UnitPeriod unitPeriod;

    @Override
    public Integer call() {
        if (amountFinanced.signum() <= 0) {
            throw new ParameterException(spec.commandLine(), "--amount-financed " + amountFinanced.toPlainString()
                    + ": the amount financed must be more than zero");
        }
        List<DatedAmount> scheduled = PaymentsCsvReader.read(payments, date);
        ClosedEndCredit credit = ClosedEndCredit.singleAdvance(date, amountFinanced, scheduled);
        if (unitPeriod != null && unitPeriod.kind() == UnitPeriod.Kind.DAY && unitPeriod.count() > 1
                && !credit.singleAdvanceSinglePayment()) {
            throw new ParameterException(spec.commandLine(), "--unit-period " + unitPeriod
                    + ": a unit-period of several days is the term of a single payment; these are "
                    + scheduled.size() + " payments");
        }
        UnitPeriod unit = unitPeriod != null ? unitPeriod : UnitPeriodRule.of(credit);
        AprSolution apr = ActuarialApr.solve(credit, unit);
        if (!apr.solved()) {
            throw new InputException(InputError.inColumn(payments.getFileName().toString(), 0, null, null,
                    "no annual percentage rate balances these payments against the amount financed"));
        }
        TruthInLendingDisclosure box = TruthInLendingDisclosure.of(credit, apr);
        PrintWriter out = spec.commandLine().getOut();
        out.println(apr.percent().toPlainString());
        out.printf(Locale.US, "Truth in Lending disclosure: %d payments from %s to %s, unit-period %s (%s a year)%n",
                scheduled.size(), scheduled.get(0).date(), scheduled.get(scheduled.size() - 1).date(), unit,
                perYear(unit));
        out.printf(Locale.US, "Amount Financed          %15s  the amount of credit provided to you%n",
                dollars(box.amountFinanced()));
        out.printf(Locale.US, "FINANCE CHARGE           %15s  the dollar amount the credit will cost you%n",
                dollars(box.financeCharge()));
        out.printf(Locale.US, "Total of Payments        %15s  what you will have paid after all payments as scheduled%n",
                dollars(box.totalOfPayments()));
        out.printf(Locale.US, "ANNUAL PERCENTAGE RATE   %15s  the cost of your credit as a yearly rate%n",
                apr.percentHundredths().toPlainString() + "%");
        out.flush();
        return 0;
    }

    private static String dollars(BigDecimal amount) {
        return String.format(Locale.US, "$%,.2f", amount);
    }

    private static String perYear(UnitPeriod unit) {
        BigDecimal w = BigDecimal.valueOf(unit.perYear());
        return w.scale() > 4 ? w.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                : w.stripTrailingZeros().toPlainString();
    }
}
