package com.notefolio.analytics.io;

import org.apache.spark.sql.Dataset;

/** How result datasets are written: Parquet folders, or CSV folders with a header row. */
public enum ResultFormat {
    PARQUET,
    CSV;

    /** Writes {@code rows} as the folder {@code path}; {@code single} puts small results in one file. */
    public void write(Dataset<?> rows, String path, boolean single) {
        Dataset<?> out = single ? rows.coalesce(1) : rows;
        if (this == PARQUET) {
            out.write().parquet(path);
        } else {
            out.write().option("header", "true").option("escape", "\"").option("dateFormat", "yyyy-MM-dd").csv(path);
        }
    }
}
