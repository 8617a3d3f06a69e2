package com.notefolio.web.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.web.dashboard.PortfolioSnapshotsTest;
import com.notefolio.web.dashboard.SparkEngine;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.PortfolioStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A portfolio what-if read by Spark from the portfolio's snapshot equals the one computed the old way, from
 * every note collected into the driver and handed to Spark in eight slices, figure for figure (the cases'
 * totals and ladders, the notes that change most), on a generated portfolio of every kind of note
 * ({@link PortfolioSnapshotsTest#storeGenerated}) under the benchmark's five scenarios.
 */
@SpringBootTest(properties = PortfolioSnapshotsTest.AT_IMPORT)
@WithMockUser(username = "ann", roles = "ANALYST")
class WhatIfFromSnapshotTest {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    IndexDataStore indexData;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PortfolioWhatIf whatIf;
    @Autowired
    SparkEngine engine;

    @Test
    void aWhatIfFromTheSnapshotEqualsTheOneFromTheNotesCollectedIntoTheDriver() throws Exception {
        long id = PortfolioSnapshotsTest.storeGenerated(portfolios, notes, indexData, transaction, 29, 300);
        DiscountInput rate = DiscountInput.flat(new BigDecimal("0.08"));
        SparkJob<PortfolioComparison> job = whatIf.open(id, PortfolioSnapshotsTest.AS_OF, rate,
                PortfolioWhatIfBenchmark.GRID, "owner", "ann");
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        assertThat(job.progress().error()).isNull();
        PortfolioComparison fromSnapshot = job.result().orElseThrow();

        // The old way: every note read into a list on the driver, parallelized in eight slices.
        WhatIfKey key = fromSnapshot.key();
        List<NoteRow> rows = new ArrayList<>();
        notes.rows(id, rows::add);
        PortfolioIndexData index = indexData.load(id);
        DiscountCurve curve = key.discount().curve();
        ScenarioFit fit = ScenarioFit.of(ScenarioJson.fromJson(key.scenariosJson()).scenarios(),
                noteId -> notes.findByNoteId(id, noteId).map(NoteStore.StoredNote::position), key.asOf(), curve,
                index.indexData());
        Assumptions assumptions = Assumptions.of(key.asOf(), curve, new ScenarioSet("what-if", fit.applicable()))
                .withIndexData(index.fixings(), index.curves());
        ComparisonPass pass = ComparisonPass.run(JavaSparkContext.fromSparkContext(engine.session().sparkContext())
                .parallelize(rows, 8), assumptions, PortfolioWhatIf.MOST_CHANGED);
        PortfolioComparison fromDriver = PortfolioComparison.of(key, pass.figures(), pass.ranking(), fit.refused());

        assertThat(fromSnapshot.currencies()).isNotEmpty();
        assertThat(fromSnapshot.currencies().get(0).cases()).hasSize(PortfolioWhatIfBenchmark.GRID.size() + 1);
        assertThat(fromSnapshot).usingRecursiveComparison()
                .withComparatorForType(PortfolioSnapshotsTest::relatively, Double.class)
                .isEqualTo(fromDriver);
    }
}
