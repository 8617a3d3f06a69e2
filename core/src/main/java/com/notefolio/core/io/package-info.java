/**
 * Portfolio files in and result files out: the one mapping from the portfolio's named columns to a
 * position ({@link com.notefolio.core.io.PositionColumns}, for CSV, Parquet and database rows alike), the
 * portfolio CSV (one note a row, read as a stream so memory does not grow with rows) and its companion
 * CSVs of stated payment schedules, rate steps, draws (advances and forgiven amounts) and stepped installments, one note's complete
 * terms as JSON, the payments CSV of the {@code apr} command, and the CSV writers of resolved
 * cash flows and of measures, which format numbers by hand for speed and replace their target file
 * atomically so nothing half-written is left behind. Bad input fails with an
 * {@link com.notefolio.core.io.InputException} naming the file, the physical line, the column (or JSON
 * field), the value and the reason; the readers can also report every bad row and go on.
 */
package com.notefolio.core.io;
