package com.notefolio.web.whatif;

import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.web.dashboard.JobsBusyException;
import com.notefolio.web.dashboard.PortfolioSnapshots;
import com.notefolio.web.dashboard.SessionJobs;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.SparkJobs;
import com.notefolio.web.dashboard.SharedJobs;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Scenarios on a whole portfolio: a cached comparison at once, or a Spark job that reads the portfolio's
 * notes (Spark reads them itself, in parallel, from the portfolio's snapshot at the revision:
 * {@link PortfolioSnapshots}) and index data (floating rates are set from its fixings and forward curves),
 * computes each one with the core under the base case and every scenario (one pass,
 * {@link ComparisonPass}), and shapes per currency the cases' figures and the notes that change most.
 * Discounting is a flat rate or a zero curve, annually compounded on actual days / 365 (Excel's XNPV basis),
 * as on the dashboard.
 */
@Service
public class PortfolioWhatIf {

    /** How many of the notes a scenario changes most are listed, per scenario and currency. */
    public static final int MOST_CHANGED = 10;

    private final PortfolioStore portfolios;
    private final PortfolioSnapshots snapshots;
    private final NoteStore notes;
    private final IndexDataStore indexData;
    private final SparkJobs jobs;
    private final ComparisonCache cache;
    private final SharedJobs shared;

    public PortfolioWhatIf(PortfolioStore portfolios, PortfolioSnapshots snapshots, NoteStore notes,
                           IndexDataStore indexData, SparkJobs jobs, ComparisonCache cache, SharedJobs shared) {
        this.shared = shared;
        this.portfolios = portfolios;
        this.snapshots = snapshots;
        this.notes = notes;
        this.indexData = indexData;
        this.jobs = jobs;
        this.cache = cache;
    }

    /**
     * The comparison of {@code scenarios} with the base case on every note of a portfolio, for
     * {@code owner} (a session's key, {@link SessionJobs#ownerOf}) and {@code user}: a finished job holding
     * the cached comparison if nothing it depends on has changed, else a job computing it (the one
     * already running for the same inputs, whoever started it: {@link SharedJobs}).
     *
     * @param discount how to discount: a flat rate or a zero curve
     * @throws IllegalArgumentException for no such portfolio, no scenario, or scenarios whose names
     *                                  clash (the message is for the user)
     * @throws JobsBusyException        when the server cannot take another computation now
     */
    @Secured(Role.ANALYST_AUTHORITY)
    public SparkJob<PortfolioComparison> open(long portfolioId, LocalDate asOf, DiscountInput discount,
                                              List<Scenario> scenarios, String owner, String user) {
        WhatIfKey key = key(portfolioId, asOf, discount, scenarios);
        String description = description(key);
        return cache.get(key).map(c -> SparkJob.done(owner, description, c))
                .orElseGet(() -> shared.join(key, owner,
                        () -> jobs.submit(SharedJobs.OWNER, user, description, context -> compute(key, context))));
    }

    /**
     * The comparison {@link #open} would give, if it is cached or being computed; never starts one (a
     * reloaded page shows the run it had, but does not start one by itself).
     */
    @Secured(Role.ANALYST_AUTHORITY)
    public Optional<SparkJob<PortfolioComparison>> find(long portfolioId, LocalDate asOf, DiscountInput discount,
                                                        List<Scenario> scenarios, String owner) {
        WhatIfKey key = key(portfolioId, asOf, discount, scenarios);
        Optional<PortfolioComparison> cached = cache.get(key);
        if (cached.isPresent()) {
            return Optional.of(SparkJob.done(owner, description(key), cached.get()));
        }
        return shared.find(key, owner);
    }

    private WhatIfKey key(long portfolioId, LocalDate asOf, DiscountInput discount, List<Scenario> scenarios) {
        check(asOf, discount, scenarios);
        // The revision is read before the notes: should an import land meanwhile, the result is filed
        // under the older revision and never served for the new notes.
        long revision = portfolios.revision(portfolioId)
                .orElseThrow(() -> new IllegalArgumentException("No portfolio " + portfolioId + "."));
        String json = ScenarioJson.toJson(new ScenarioSet("what-if", scenarios));
        return new WhatIfKey(portfolioId, revision, asOf, discount, json);
    }

    private static String description(WhatIfKey key) {
        return "What-if on portfolio " + key.portfolioId() + " as of " + key.asOf();
    }

    private PortfolioComparison compute(WhatIfKey key, SparkJob<PortfolioComparison>.Context context) {
        context.phase("Reading notes");
        var spark = context.spark();
        Dataset<NoteRow> rows = snapshots.notes(spark, key.portfolioId(), key.revision(),
                PortfolioSnapshots.Waiting.of(context));
        PortfolioIndexData index = indexData.load(key.portfolioId());
        DiscountCurve curve = key.discount().curve();
        ScenarioFit fit = ScenarioFit.of(ScenarioJson.fromJson(key.scenariosJson()).scenarios(),
                noteId -> notes.findByNoteId(key.portfolioId(), noteId).map(NoteStore.StoredNote::position),
                key.asOf(), curve, index.indexData());
        Assumptions assumptions = Assumptions.of(key.asOf(), curve, new ScenarioSet("what-if", fit.applicable()))
                .withIndexData(index.fixings(), index.curves());
        context.phase(String.format("Computing the notes under %d cases", assumptions.caseNames().size()));
        ComparisonPass pass = ComparisonPass.run(rows, assumptions, MOST_CHANGED);
        context.checkCancelled();
        context.phase("Aggregating");
        PortfolioComparison comparison = PortfolioComparison.of(key, pass.figures(), pass.ranking(), fit.refused());
        cache.put(key, comparison);
        return comparison;
    }

    private static void check(LocalDate asOf, DiscountInput discount, List<Scenario> scenarios) {
        if (asOf == null || discount == null) {
            throw new IllegalArgumentException("Give the as-of date and the discount rate.");
        }
        for (BigDecimal rate : discount.rates()) {
            if (rate.compareTo(new BigDecimal("-0.5")) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("The discount rate must be between -50% and 100%.");
            }
        }
        if (scenarios == null || scenarios.isEmpty()) {
            throw new IllegalArgumentException("Tick saved scenarios or fill in the editor.");
        }
        // Cases are added up by name: two scenarios of one name would be added together.
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            if (s.name().equalsIgnoreCase(Scenario.BASE.name())) {
                throw new IllegalArgumentException("A scenario may not be called \"" + s.name()
                        + "\": that is the base case's name.");
            }
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("Two scenarios are called \"" + s.name() + "\"; rename one.");
            }
        }
    }
}
