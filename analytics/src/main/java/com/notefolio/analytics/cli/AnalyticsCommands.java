package com.notefolio.analytics.cli;

import com.notefolio.core.cli.CommandProvider;
import java.util.List;

/** The analytics module's commands: {@code generate}, {@code analyze} and {@code bench-spark}. */
public final class AnalyticsCommands implements CommandProvider {

    @Override
    public List<Object> commands() {
        return List.of(new GenerateCommand(), new AnalyzeCommand(), new BenchSparkCommand());
    }
}
