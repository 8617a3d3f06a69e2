/**
 * How the screens discount: a {@link com.notefolio.web.discount.DiscountInput} is a flat rate or the points
 * of a zero curve as the analyst typed or uploaded them, checked when built, written into an address for
 * a reload or a shared link, and turned into the core's discount curve. The dashboard, the what-if and
 * the note screen all take it.
 */
package com.notefolio.web.discount;
