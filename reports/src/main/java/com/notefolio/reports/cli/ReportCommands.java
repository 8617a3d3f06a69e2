package com.notefolio.reports.cli;

import com.notefolio.core.cli.CommandProvider;
import java.util.List;

/** The reports module's commands: {@code export}. */
public final class ReportCommands implements CommandProvider {

    @Override
    public List<Object> commands() {
        return List.of(new ExportCommand());
    }
}
