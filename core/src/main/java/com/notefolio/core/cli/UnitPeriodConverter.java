package com.notefolio.core.cli;

import com.notefolio.core.disclosure.UnitPeriod;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --unit-period} words of the {@code apr} command: {@code month}, {@code semimonth},
 * {@code week}, {@code 2weeks}, {@code 4weeks}, {@code quarter}, {@code year}, a plain number of days
 * (the term of a single payment), and the forms {@link UnitPeriod#toString()} writes ({@code 2months},
 * {@code 3weeks}, {@code 255days}).
 */
final class UnitPeriodConverter implements ITypeConverter<UnitPeriod> {

    static final String WORDS = "month, semimonth, week, 2weeks, 4weeks, quarter, year, or a number of days";
    private static final Pattern COUNTED = Pattern.compile("(\\d{1,3})\\s*(day|week|month)s?");

    @Override
    public UnitPeriod convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            switch (v) {
                case "day":
                    return UnitPeriod.days(1);
                case "week":
                    return UnitPeriod.weeks(1);
                case "semimonth":
                    return UnitPeriod.semimonth();
                case "month":
                    return UnitPeriod.months(1);
                case "quarter":
                    return UnitPeriod.months(3);
                case "year":
                    return UnitPeriod.year();
                default:
                    break;
            }
            if (v.matches("\\d{1,3}")) {
                return UnitPeriod.days(Integer.parseInt(v));
            }
            Matcher m = COUNTED.matcher(v);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return switch (m.group(2)) {
                    case "day" -> UnitPeriod.days(n);
                    case "week" -> UnitPeriod.weeks(n);
                    default -> UnitPeriod.months(n);
                };
            }
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "': " + e.getMessage());
        }
        throw new TypeConversionException("'" + value + "' is not a unit-period: write " + WORDS);
    }
}
