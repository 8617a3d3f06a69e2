package com.notefolio.web.cli;

import com.notefolio.core.cli.CommandProvider;
import java.util.List;

/** The web module's commands for the {@code notefolio} launcher: {@code serve}. */
public final class WebCommands implements CommandProvider {

    @Override
    public List<Object> commands() {
        return List.of(new ServeCommand());
    }
}
