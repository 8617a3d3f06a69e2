package com.notefolio.web.whatif;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Scenarios on a single note, answered immediately by the core engine (no Spark job): the note's
 * schedule, its measures at the as-of date on the discounting given (a flat rate or a zero curve) at its
 * carried price, floating rates set from its portfolio's index data, and each scenario beside it. A
 * scenario the note's terms refuse (a prepayment in a lockout, say) is left out with the core's reason
 * ({@link ScenarioFit}); the others are compared.
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class NoteWhatIf {

    private final NoteStore notes;
    private final IndexDataStore indexData;

    public NoteWhatIf(NoteStore notes, IndexDataStore indexData) {
        this.notes = notes;
        this.indexData = indexData;
    }

    public NoteComparison compare(NoteStore.StoredNote note, List<Scenario> scenarios, LocalDate asOf,
                                  DiscountInput discount) {
        DiscountCurve curve = discount.curve();
        IndexData indices = indexData.load(note.portfolioId()).indexData();
        ScenarioFit fit = ScenarioFit.of(scenarios,
                noteId -> notes.findByNoteId(note.portfolioId(), noteId).map(NoteStore.StoredNote::position),
                asOf, curve, indices);
        PositionResult r = PositionPricer.price(note.position(), asOf, curve, indices, fit.applicable());
        return new NoteComparison(r.measures(), r.scenarios(), fit.refused());
    }
}
