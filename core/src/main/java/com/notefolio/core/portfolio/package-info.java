/**
 * Positions and portfolios: a note's terms with what the holder knows of it beyond its document
 * (the price it is carried at), and generated portfolios for benchmarks and tests.
 */
package com.notefolio.core.portfolio;
