/**
 * What-if scenarios in the application: scenarios saved by name per portfolio (in the core's scenario
 * JSON), single-note comparisons answered at once by the core engine, and whole-portfolio comparisons
 * computed as Spark jobs (per currency the cases' figures and the notes each scenario changes most),
 * cached by portfolio revision, as-of date, rate and scenarios.
 */
package com.notefolio.web.whatif;
