package com.notefolio.web.dashboard;

/**
 * What a dashboard result depends on: the portfolio, its revision (bumped by every import, so a result
 * of older notes never matches) and the inputs.
 */
public record DashboardKey(long portfolioId, long revision, DashboardInputs inputs) {
}
