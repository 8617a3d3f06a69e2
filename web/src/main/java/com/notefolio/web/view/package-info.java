/**
 * The screens: sign-in, the layout with navigation, portfolios, notes browser, note detail, users.
 * Views only present what services prepared; user text is always set as text, never as HTML. The inputs
 * the screens share live here too: the discounting field (flat rate or zero curve, {@link
 * com.notefolio.web.view.DiscountField}) of the dashboard, the what-if and the note screen.
 */
package com.notefolio.web.view;
