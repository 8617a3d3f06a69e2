/**
 * Index data for floating rates: the observed fixings of each index (index, date, rate), and how an
 * index is projected past its last fixing (a forward curve by tenor, or the last fixing held flat). A
 * schedule of a floating note is resolved against an {@link com.notefolio.core.index.IndexData} value and
 * says which {@link com.notefolio.core.index.IndexSource}s its rates came from.
 */
package com.notefolio.core.index;
