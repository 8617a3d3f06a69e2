/**
 * The portfolio dashboard's computation: the application's one Spark session, the runner of Spark jobs
 * (bounded, fair-shared between users, owned by the Vaadin session that started them, with progress and
 * cancel), the cache of results keyed by portfolio revision and assumptions, each portfolio's notes as a
 * Parquet snapshot per revision that Spark reads in parallel, and the service that has the analytics module
 * value them and shapes the result for the view.
 */
package com.notefolio.web.dashboard;
