package com.notefolio.web.dashboard;

import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.job.PortfolioFigures;
import com.notefolio.analytics.job.PortfolioValuation;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.Role;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Portfolio dashboards: a cached one at once, or a job that has the analytics module value the portfolio's
 * notes on Spark (the base case, and a default scenario for the expected loss; floating rates set from the
 * portfolio's fixings and forward curves, read from the database) and shapes the figures for the view.
 *
 * <p>Spark reads the notes itself, in parallel, from the portfolio's snapshot at the revision
 * ({@link PortfolioSnapshots}, written first if it has none): the driver never holds the portfolio.
 */
@Service
public class Dashboards {

    /** The name of the default scenario whose defaulted principal less recoveries is the expected loss. */
    static final String LOSS_CASE = "expected loss";

    private final PortfolioStore portfolios;
    private final PortfolioSnapshots snapshots;
    private final IndexDataStore indexData;
    private final SparkJobs jobs;
    private final DashboardCache cache;
    private final SharedJobs shared;

    public Dashboards(PortfolioStore portfolios, PortfolioSnapshots snapshots, IndexDataStore indexData, SparkJobs jobs,
                      DashboardCache cache, SharedJobs shared) {
        this.shared = shared;
        this.portfolios = portfolios;
        this.snapshots = snapshots;
        this.indexData = indexData;
        this.jobs = jobs;
        this.cache = cache;
    }

    /**
     * The dashboard of a portfolio for {@code owner} (a session's key, {@link SessionJobs#ownerOf}) and
     * {@code user}: a finished job holding the cached figures if the portfolio has not changed since they
     * were computed, else a job computing them: the one already running for the same portfolio revision
     * and inputs (whoever started it, {@link SharedJobs}), or a new one. Let go of it through
     * {@link SharedJobs#leave}.
     *
     * @throws IllegalArgumentException for no such portfolio
     * @throws JobsBusyException when the server cannot take another computation now
     */
    @Secured(Role.ANALYST_AUTHORITY)
    public SparkJob<DashboardFigures> open(long portfolioId, DashboardInputs inputs, String owner, String user) {
        // The revision is read before the notes: should an import land meanwhile, the result is filed
        // under the older revision and never served for the new notes.
        long revision = portfolios.revision(portfolioId)
                .orElseThrow(() -> new IllegalArgumentException("No portfolio " + portfolioId + "."));
        DashboardKey key = new DashboardKey(portfolioId, revision, inputs);
        String description = "Dashboard of portfolio " + portfolioId + " as of " + inputs.asOf();
        return cache.get(key).map(f -> SparkJob.done(owner, description, f))
                .orElseGet(() -> shared.join(key, owner,
                        () -> jobs.submit(SharedJobs.OWNER, user, description, context -> compute(key, context))));
    }

    private DashboardFigures compute(DashboardKey key, SparkJob<DashboardFigures>.Context context) {
        context.phase("Reading notes");
        var spark = context.spark();
        Dataset<NoteRow> rows = snapshots.notes(spark, key.portfolioId(), key.revision(),
                PortfolioSnapshots.Waiting.of(context));
        PortfolioIndexData index = indexData.load(key.portfolioId());
        Assumptions assumptions = assumptions(key.inputs()).withIndexData(index.fixings(), index.curves());
        context.phase("Computing the notes");
        PortfolioFigures figures = PortfolioValuation.figures(rows, assumptions, null);
        context.checkCancelled();
        context.phase("Aggregating");
        DashboardFigures dashboard = DashboardFigures.of(key, figures, LOSS_CASE);
        cache.put(key, dashboard);
        return dashboard;
    }

    /**
     * The analytics module's assumptions for the inputs: their curve (flat or zero), one default scenario,
     * and each note's NPV at the sensitivity ladder's shifts.
     */
    static Assumptions assumptions(DashboardInputs inputs) {
        Scenario loss = new Scenario(LOSS_CASE, List.of(), null, new DefaultSpeed(inputs.cdr().doubleValue(),
                inputs.severity().doubleValue(), DashboardInputs.RECOVERY_LAG_MONTHS), List.of(), 0);
        return Assumptions.of(inputs.asOf(), inputs.discount().curve(),
                new ScenarioSet("dashboard", List.of(loss))).withSensitivityLadder();
    }
}
