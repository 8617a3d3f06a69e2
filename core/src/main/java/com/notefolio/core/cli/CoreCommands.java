package com.notefolio.core.cli;

import java.util.List;

/** The core's commands: {@code schedule}, {@code value}, {@code scenario}, {@code bench}, {@code actus}, {@code apr} and {@code payoff}. */
public final class CoreCommands implements CommandProvider {

    @Override
    public List<Object> commands() {
        return List.of(new ScheduleCommand(), new ValueCommand(), new ScenarioCommand(), new BenchCommand(),
                new ActusCommand(), new AprCommand(), new PayoffCommand());
    }
}
