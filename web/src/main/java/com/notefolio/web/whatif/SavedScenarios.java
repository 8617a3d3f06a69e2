package com.notefolio.web.whatif;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.scenario.DatedAdvance;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.EventOfDefault;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.security.AuditAction;
import com.notefolio.web.security.AuditTrail;
import com.notefolio.web.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios saved by name per portfolio (table {@code saved_scenario}), kept in the core's scenario JSON
 * (docs/scenarios.md) so that what the analyst built here is also a file the command line reads. The JSON
 * writer checks a scenario as the reader would; its messages reach the user unchanged. Before it is saved,
 * a scenario is also checked against the portfolio's notes ({@link #check}).
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class SavedScenarios {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final NoteStore notes;
    private final IndexDataStore indexData;

    public SavedScenarios(JdbcClient jdbc, AuditTrail audit, NoteStore notes, IndexDataStore indexData) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.notes = notes;
        this.indexData = indexData;
    }

    /** The portfolio's saved scenarios by name. */
    public List<SavedScenario> list(long portfolioId) {
        return jdbc.sql("select id, portfolio_id, definition, created_by, created_at from saved_scenario "
                        + "where portfolio_id = ? order by name")
                .param(portfolioId)
                .query((rs, i) -> new SavedScenario(rs.getLong("id"), rs.getLong("portfolio_id"),
                        only(ScenarioJson.fromJson(rs.getString("definition"))), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * Saves a scenario under its name, replacing one of the same name.
     *
     * @throws InvalidScenarioException when the scenario does not fit the portfolio's notes ({@link #check})
     * @throws IllegalArgumentException naming what is wrong when the scenario would not read back
     */
    @Transactional
    public SavedScenario save(long portfolioId, Scenario scenario, String user) {
        check(portfolioId, scenario);
        String json = ScenarioJson.toJson(new ScenarioSet(scenario.name(), List.of(scenario)));
        jdbc.sql("delete from saved_scenario where portfolio_id = ? and name = ?")
                .params(portfolioId, scenario.name()).update();
        Instant now = Instant.now();
        jdbc.sql("insert into saved_scenario (portfolio_id, name, definition, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(portfolioId, scenario.name(), json, user, Timestamp.from(now)).update();
        long id = jdbc.sql("select id from saved_scenario where portfolio_id = ? and name = ?")
                .params(portfolioId, scenario.name()).query(Long.class).single();
        return new SavedScenario(id, portfolioId, scenario, user, now);
    }

    @Transactional
    public void delete(long portfolioId, long id) {
        String name = jdbc.sql("select name from saved_scenario where portfolio_id = ? and id = ?")
                .params(portfolioId, id).query(String.class).optional().orElse(null);
        if (jdbc.sql("delete from saved_scenario where portfolio_id = ? and id = ?").params(portfolioId, id).update() > 0) {
            audit.record(AuditAction.SCENARIO_DELETED, "portfolio " + portfolioId, name);
        }
    }

    /**
     * Checks the dated parts of a scenario against the notes they name, before any as-of date is known:
     * each named note is in the portfolio (field {@code prepayments.note}, {@code eventsOfDefault.note} or
     * {@code draws.note}), and the core's projector accepts that note's own prepayments, events and draws from
     * its issue date on its scheduled balance (a prepayment above the balance on its date, outside the note's
     * life or in its lockout; a missed payment that is not a due date; a draw beyond the note's principal). The speeds are left out here: they only lower the
     * balance, so what is refused here is refused at every as-of date; what depends on the as-of date
     * (a date already past, a balance the speeds have lowered) is checked when the scenario is compared.
     *
     * @throws InvalidScenarioException naming the scenario, the field and why
     */
    public void check(long portfolioId, Scenario scenario) {
        IndexData indices = null;
        for (String noteId : scenario.notesNamed()) {
            Optional<NoteStore.StoredNote> note = notes.findByNoteId(portfolioId, noteId);
            if (note.isEmpty()) {
                String field = scenario.prepayments().stream().anyMatch(p -> p.noteId().equals(noteId))
                        ? "prepayments.note"
                        : scenario.eventsOfDefault().stream().anyMatch(e -> e.noteId().equals(noteId))
                        ? "eventsOfDefault.note" : "draws.note";
                throw new InvalidScenarioException(scenario.name(), field,
                        "there is no note " + noteId + " in this portfolio");
            }
            NoteTerms terms = note.get().position().terms();
            List<DatedPrepayment> prepayments = scenario.prepayments().stream()
                    .filter(p -> p.noteId().equals(noteId)).toList();
            List<EventOfDefault> events = scenario.eventsOfDefault().stream()
                    .filter(e -> e.noteId().equals(noteId)).toList();
            List<DatedAdvance> draws = scenario.draws().stream().filter(d -> d.noteId().equals(noteId)).toList();
            Scenario own = new Scenario(scenario.name(), prepayments, null, null, events, 0, null, null, draws);
            // A floating note's schedule is set from the portfolio's index data, as when it is compared; read
            // once, and only for a scenario that names notes.
            indices = indices != null ? indices : indexData.load(portfolioId).indexData();
            ScenarioProjector.project(ScheduleResolver.resolve(terms, indices), own, terms.issueDate());
        }
    }

    private static Scenario only(ScenarioSet set) {
        return set.scenarios().get(0);
    }
}
