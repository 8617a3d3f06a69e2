/**
 * Resolved schedules: the dated flows a note's terms give, every amount exact in the currency's minor
 * units. {@link com.notefolio.core.schedule.ScheduleResolver} applies the conventions once;
 * {@link com.notefolio.core.schedule.Schedule} holds the result in primitive arrays behind a value
 * API, with the rate each row accrued at ({@link com.notefolio.core.schedule.PeriodRates} sets a
 * floating or stepped note's rates from its terms and the index data); {@link com.notefolio.core.schedule.StatedScheduleReconciliation} reports where a stated payment
 * table disagrees with its terms.
 */
package com.notefolio.core.schedule;
