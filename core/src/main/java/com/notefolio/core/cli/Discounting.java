package com.notefolio.core.cli;

import com.notefolio.core.io.CurveCsvReader;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The discounting options: a flat rate or a zero curve file, exactly one of them. */
public final class Discounting {

    @Option(names = "--discount-rate", paramLabel = "R", converter = RateConverter.class,
            description = "Flat annually compounded discount rate, a fraction (0.07) or a percentage (7%%).")
    Double rate;

    @Option(names = "--curve", paramLabel = "FILE",
            description = "Zero curve CSV: tenor (years, or 6M, 2Y), rate (annually compounded).")
    Path curve;

    public DiscountCurve resolve() {
        return rate != null ? FlatRate.of(rate) : CurveCsvReader.read(PortfolioInput.requireReadable(curve));
    }
}
