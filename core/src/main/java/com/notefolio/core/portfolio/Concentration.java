package com.notefolio.core.portfolio;

/**
 * How concentrated the exposure is on borrowers: the shares of the largest 1, 5 and 10 borrowers, and the
 * Herfindahl–Hirschman index Σ share² (1 for a single borrower, 1/n for n equal ones).
 */
public record Concentration(double top1Share, double top5Share, double top10Share, double herfindahl) {
}
