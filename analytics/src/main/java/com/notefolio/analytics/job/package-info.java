/**
 * The Spark jobs: static Dataset → Dataset transforms that generate a synthetic portfolio and value one
 * (per-note measures under every scenario, and per-case portfolio summaries merged from partition
 * aggregates), the session settings they need, and the run's assumptions shipped to executors. Every
 * number comes from the core's own code, run per partition.
 */
package com.notefolio.analytics.job;
