/**
 * What-if scenarios on notes: dated prepayments and payoffs, draws (more lent on a date), prepayment
 * speeds (CPR, SMM, PSA, CPR
 * vectors), default speeds with severity and recovery lag, events of default with acceleration, and rate
 * shocks. Each is a value that checks itself when built (an {@link
 * com.notefolio.core.scenario.InvalidScenarioException} names every field that breaks a rule), whoever
 * builds it. A {@link com.notefolio.core.scenario.Scenario} is a value that combines any of them; the
 * {@link com.notefolio.core.scenario.ScenarioProjector} applies it to a note's resolved schedule after an
 * as-of date and gives a new exact schedule, on which every measure of the pricer works; the
 * {@link com.notefolio.core.scenario.ScenarioAnalyzer} prices it beside the base case and gives the deltas. A
 * plain note under prepayment and default speeds, the bulk of a book's what-ifs, is projected on a fast path that
 * reads its base schedule once for all its scenarios ({@code SpeedProjector}), tested equal to the general
 * projection to the cent.
 * A prepayment pays the premium its note's terms charge on its date
 * ({@link com.notefolio.core.scenario.PrepaymentCharge}), and an acceleration claim the default interest and
 * late charges they state.
 */
package com.notefolio.core.scenario;
