/**
 * The parts of the notes browser and the note screen: the filter bar and its query parameters, the
 * browser's lazy data provider, and the note's terms (its charges among them), schedule, measures form and
 * figures, Truth in Lending box, payoff quote for a typed date, and stated table reconciliation. They arrange what the portfolio store and the note services prepared; every
 * value that came from a user or a file is set as text.
 */
package com.notefolio.web.view.note;
