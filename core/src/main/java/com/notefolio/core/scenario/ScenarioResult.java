package com.notefolio.core.scenario;

import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * One note under one scenario beside its base case: both schedules, both sets of measures, the
 * acceleration claim if any, and the deltas (scenario − base).
 */
public record ScenarioResult(String scenario, Schedule baseSchedule, NoteMeasures base, Schedule schedule,
                             NoteMeasures measures, AccelerationClaim claim) {

    public String noteId() {
        return measures.noteId();
    }

    public double deltaNpv() {
        return measures.npv() - base.npv();
    }

    public double deltaYield() {
        return measures.yield() - base.yield();
    }

    public double deltaWalYears() {
        return measures.walYears() - base.walYears();
    }

    public double deltaModifiedDuration() {
        return measures.modifiedDuration() - base.modifiedDuration();
    }

    /**
     * The cash of both schedules by due date, on every date either has a flow: what the scenario changes
     * period by period.
     */
    public List<CashFlowDifference> cashFlowDifferences() {
        List<CashFlowDifference> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < baseSchedule.size() || j < schedule.size()) {
            int bd = i < baseSchedule.size() ? baseSchedule.dueEpochDay(i) : Integer.MAX_VALUE;
            int sd = j < schedule.size() ? schedule.dueEpochDay(j) : Integer.MAX_VALUE;
            int day = Math.min(bd, sd);
            long b = 0;
            long s = 0;
            while (i < baseSchedule.size() && baseSchedule.dueEpochDay(i) == day) {
                b += baseSchedule.paymentMinor(i++);
            }
            while (j < schedule.size() && schedule.dueEpochDay(j) == day) {
                s += schedule.paymentMinor(j++);
            }
            out.add(new CashFlowDifference(java.time.LocalDate.ofEpochDay(day), b, s));
        }
        return out;
    }
}
