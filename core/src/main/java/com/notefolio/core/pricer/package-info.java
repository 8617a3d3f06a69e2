/**
 * Pricers and measures of one note: present value, yield, weighted average life, durations, convexity
 * and DV01 from a resolved schedule, an as-of date, a price and a discount curve, and the discount margin
 * of a note whose rate follows an index ({@link com.notefolio.core.pricer.DiscountMargin}), and the interest a
 * refunding savings clause returns above the maximum lawful rate ({@link com.notefolio.core.pricer.UsuryRefund}), and
 * Excel's XIRR made robust for flows of both signs ({@link com.notefolio.core.pricer.Xirr}). Pricers are stateless;
 * they read only the resolved {@link com.notefolio.core.schedule.Schedule}.
 */
package com.notefolio.core.pricer;
