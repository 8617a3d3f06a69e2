package com.notefolio.core.scenario;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A path of an index by month: {@code levels[m]} is the index's level through month {@code start + m}
 * (annual fractions, 0.05 is 5%), in place of the index's projection — its forward curve, or its last
 * fixing held flat. Before the start month the first level applies and after the last month the last
 * one, as a piecewise flat {@link ForwardCurve} from the first day of {@code start}; the index's observed
 * fixings stay as they are. Checked when built: the index is a non-blank name of at most 100 characters,
 * the start month is given, and there are 1 to {@value #MAX_MONTHS} levels, each a fraction between −1
 * and 1 of at most 10 decimals (an index level's rule). Levels compare by value (0.050 equals 0.05).
 */
public record IndexPath(String index, YearMonth start, List<BigDecimal> levels) {

    /** The most months of a path: 100 years, the longest forward curve. */
    public static final int MAX_MONTHS = 1201;

    public IndexPath {
        FieldRules rules = new FieldRules();
        rules.name("index", index);
        rules.required("start", start);
        List<BigDecimal> normal = new ArrayList<>();
        if (levels == null || levels.isEmpty()) {
            rules.add("levels", null, "needs at least one monthly level");
        } else if (levels.size() > MAX_MONTHS) {
            rules.add("levels", null, levels.size() + " months; a path may hold at most " + MAX_MONTHS
                    + " (100 years)");
        } else {
            for (int i = 0; i < levels.size(); i++) {
                BigDecimal level = levels.get(i);
                String problem = level == null ? "is required" : IndexData.rateProblem(level);
                if (problem != null) {
                    rules.add("levels[" + i + "]", level, problem);
                } else {
                    normal.add(IndexData.normalRate(level));
                }
            }
        }
        rules.throwIfAny();
        index = index.strip();
        levels = List.copyOf(normal);
    }

    /** The path as the projection of its index: a piecewise flat curve with one point a month. */
    public ForwardCurve projection() {
        List<ForwardCurve.Point> points = new ArrayList<>(levels.size());
        for (int m = 0; m < levels.size(); m++) {
            // Only the months where the level changes: the curve is flat between its points.
            if (m == 0 || levels.get(m).compareTo(levels.get(m - 1)) != 0) {
                points.add(new ForwardCurve.Point(m, levels.get(m)));
            }
        }
        return new ForwardCurve(index, start.atDay(1), points);
    }
}
