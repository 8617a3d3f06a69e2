package com.notefolio.core.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A rate option as a fraction (0.07) or a percentage (7%), as the portfolio files accept it. */
public final class RateConverter implements ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        String v = value.strip();
        boolean percent = v.endsWith("%");
        try {
            double r = Double.parseDouble(percent ? v.substring(0, v.length() - 1).strip() : v);
            r = percent ? r / 100 : r;
            if (!(r > -1) || Double.isInfinite(r)) {
                throw new TypeConversionException("'" + value + "' must be a rate above -100%");
            }
            return r;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a rate (0.07 or 7%)");
        }
    }
}
