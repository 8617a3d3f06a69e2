package com.notefolio.core.scenario;

import com.notefolio.core.schedule.Schedule;

/** A note's schedule under a scenario, with the acceleration claim when the scenario accelerates it. */
public record Projection(Schedule schedule, AccelerationClaim claim) {
}
