package com.notefolio.web.portfolio;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import java.util.List;

/**
 * One note's figures in the notes browser, as the core's position pricer gives them at a
 * {@link NoteValuation}: its base-case measures, or why it could not be valued (a floating note without its
 * index data, say), so one bad note shows its reason instead of failing the page.
 *
 * @param measures the base case; {@code null} when the note could not be valued
 * @param problem  why not; {@code null} when valued
 */
public record NoteValue(NoteMeasures measures, String problem) {

    /** The position priced by the core at the valuation's date and flat rate, a floating rate set from {@code indices}. */
    public static NoteValue of(Position position, NoteValuation valuation, IndexData indices) {
        try {
            return new NoteValue(PositionPricer.price(position, valuation.asOf(),
                    FlatRate.of(valuation.discountRate().doubleValue()), indices, List.of()).measures(), null);
        } catch (RuntimeException e) {
            return new NoteValue(null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
