package com.notefolio.analytics.io;

import java.util.List;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;

/** How result datasets are written: Parquet folders, or CSV folders with a header row. */
public enum ResultFormat {
    PARQUET,
    CSV;

    /** Writes {@code rows} as the folder {@code path}; {@code single} puts small results in one file. */
    public void write(Dataset<?> rows, String path, boolean single) {
        write(rows, path, single, null);
    }

    /**
     * As {@link #write(Dataset, String, boolean)}, a Parquet folder dictionary-encoding only the columns
     * named (null: every column, Parquet's default). A column of values nearly all distinct (a note id, a
     * present value) gains nothing from a dictionary, which the writer builds for every value before it
     * gives up on it; that cost about a fifth of valuing a note.
     */
    public void write(Dataset<?> rows, String path, boolean single, List<String> dictionaryColumns) {
        Dataset<?> out = single ? rows.coalesce(1) : rows;
        if (this == PARQUET) {
            DataFrameWriter<?> w = out.write();
            if (dictionaryColumns != null) {
                w = w.option("parquet.enable.dictionary", "false");
                for (String c : dictionaryColumns) {
                    w = w.option("parquet.enable.dictionary#" + c, "true");
                }
            }
            w.parquet(path);
        } else {
            out.write().option("header", "true").option("escape", "\"").option("dateFormat", "yyyy-MM-dd").csv(path);
        }
    }
}
