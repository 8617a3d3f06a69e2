package com.notefolio.web.whatif;

import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.web.security.AuditAction;
import com.notefolio.web.security.AuditTrail;
import com.notefolio.web.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios saved by name per portfolio (table {@code saved_scenario}), kept in the core's scenario JSON
 * (docs/scenarios.md) so that what the analyst built here is also a file the command line reads. The JSON
 * writer checks a scenario as the reader would; its messages reach the user unchanged.
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class SavedScenarios {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public SavedScenarios(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
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
     * @throws IllegalArgumentException naming what is wrong when the scenario would not read back
     */
    @Transactional
    public SavedScenario save(long portfolioId, Scenario scenario, String user) {
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

    private static Scenario only(ScenarioSet set) {
        return set.scenarios().get(0);
    }
}
