/**
 * Positions and portfolios: a note's terms with what the holder knows of it beyond its document (the
 * price it is carried at, an amount or a share of the outstanding principal); the position pricer, the
 * level between the note pricer and the portfolio, with its results and warnings; the portfolio
 * aggregate, which computes every portfolio figure (totals with the notes counted by status, expected
 * loss, deltas, ladder, exposures, concentration, maturity profile, stratification tables); and generated portfolios for benchmarks and tests.
 */
package com.notefolio.core.portfolio;
