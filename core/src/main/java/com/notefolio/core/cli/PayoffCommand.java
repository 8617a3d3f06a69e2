package com.notefolio.core.cli;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.CurveCsvReader;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.payoff.PayoffQuote;
import com.notefolio.core.payoff.PayoffQuoter;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code notefolio payoff}: the payoff quote of one note on a date ({@link PayoffQuoter}): principal, accrued
 * interest, prepayment premium, late charges, the total, and the per-diem interest.
 */
@Command(name = "payoff", mixinStandardHelpOptions = true,
        description = {"The payoff quote of one note on a date: principal outstanding, accrued interest,",
            "prepayment premium of the date, late charges on unpaid installments, the total to pay, and the",
            "per-diem interest (one day's interest on the principal at the rate then). One line an item:",
            "its name, then the amount as a plain decimal of the note's currency."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column, the note and"
                + " field, or the option)"})
final class PayoffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PortfolioInput input;

    @Mixin
    IndexInput index;

    @Option(names = "--note", required = true, paramLabel = "ID", description = "The note to quote (its note_id).")
    String noteId;

    @Option(names = "--date", required = true, paramLabel = "DATE",
            description = "The payoff date (ISO, e.g. 2025-03-16); a payment due that day counts as made.")
    LocalDate date;

    @Option(names = "--unpaid-from", paramLabel = "DATE",
            description = "The first due date left unpaid: its installment and every later one to --date are owed,"
                    + " with late charges where the grace has run out. Default: every payment made.")
    LocalDate unpaidFrom;

    @ArgGroup(exclusive = true)
    Reference reference;

    /** The reference of a yield maintenance premium: a flat rate or a zero curve, at most one. */
    static final class Reference {
        @Option(names = "--reference-rate", paramLabel = "R", converter = RateConverter.class,
                description = "Reference yield of a yield maintenance premium: a fraction (0.04) or a percentage (4%%).")
        Double rate;

        @Option(names = "--reference-curve", paramLabel = "FILE",
                description = "Reference zero curve CSV (tenor, rate), read at the term left to maturity.")
        Path curve;

        DiscountCurve resolve() {
            return rate != null ? FlatRate.of(rate) : CurveCsvReader.read(PortfolioInput.requireReadable(curve));
        }
    }

    @Override
    public Integer call() {
        IndexData indices = index.read();
        Position position;
        try (Stream<Position> notes = input.positions()) {
            position = notes.filter(p -> p.terms().id().equals(noteId)).findFirst().orElseThrow(() ->
                    new InputException(InputError.inColumn(input.notes.getFileName().toString(), 0, null, noteId,
                            "no note " + noteId + " in the notes file")));
        }
        Schedule schedule = IndexInput.reportingMissingIndex(input.notes,
                (Position p) -> ScheduleResolver.resolve(p.terms(), indices)).apply(position);
        PayoffQuote q;
        try {
            q = PayoffQuoter.quote(schedule, date, reference == null ? null : reference.resolve(), unpaidFrom);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.US, "Payoff quote: note %s on %s, in %s%n", q.noteId(), q.date(),
                q.currency().getCurrencyCode());
        line(out, "principal", q.text(q.principalMinor()));
        line(out, "accrued_interest", q.text(q.accruedInterestMinor()));
        line(out, "premium", q.text(q.premiumMinor()));
        line(out, "late_charges", q.text(q.lateChargesMinor()));
        line(out, "total", q.text(q.totalMinor()));
        line(out, "per_diem", q.text(q.perDiemMinor()));
        line(out, "rate", q.rate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%");
        line(out, "unpaid_installments", Integer.toString(q.unpaidInstallments()));
        if (schedule.precomputed() != null) {
            // An add-on note's payoff: its installments not yet paid less the rebate of unearned interest.
            line(out, "remaining_payments", q.text(q.remainingPaymentsMinor()));
            line(out, "rebate", q.text(q.rebateMinor()) + "    (" + schedule.precomputed().method().code() + ")");
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String name, String value) {
        out.printf(Locale.US, "%-20s %15s%n", name, value);
    }
}
