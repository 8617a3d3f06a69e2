/**
 * Reading portfolios into Spark (the core's portfolio CSV, read row by row by the core's own reader, with
 * its stated schedules, rate steps, draws and stepped installments; or Parquet) and writing datasets out: the core's CSV format from Spark (and from a
 * plain list of note rows, {@link com.notefolio.analytics.io.PortfolioCsvWriter}), result folders as Parquet
 * or CSV, replaced only when a run has finished.
 */
package com.notefolio.analytics.io;
