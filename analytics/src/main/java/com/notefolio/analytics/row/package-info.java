/**
 * Spark row types: JavaBeans (Spark's bean encoder cannot read records), each declaring its encoder
 * beside it and converting to and from the core's values at this boundary only — the notes of a
 * portfolio, per-note measures, and the totals, ladder and exposure rows of a portfolio summary.
 */
package com.notefolio.analytics.row;
