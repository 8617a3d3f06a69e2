/**
 * Parts of the what-if screen: the scenario editor, the single-note comparison table and the
 * whole-portfolio comparison panel.
 */
package com.notefolio.web.view.whatif;
