package com.notefolio.web.whatif;

import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Scenarios on a single note, answered immediately by the core engine (no Spark job): the note's
 * schedule, its measures at the as-of date on the discounting given (a flat rate or a zero curve) at its
 * carried price, and each
 * scenario beside it. A scenario the note's terms refuse (a prepayment in a lockout, say) throws the
 * core's InvalidScenarioException naming the scenario, field and reason.
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class NoteWhatIf {

    public NoteComparison compare(Position position, List<Scenario> scenarios, LocalDate asOf, DiscountInput discount) {
        PositionResult r = PositionPricer.price(position, asOf, discount.curve(), scenarios);
        return new NoteComparison(r.measures(), r.scenarios());
    }
}
