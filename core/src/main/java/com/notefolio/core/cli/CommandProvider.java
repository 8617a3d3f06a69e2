package com.notefolio.core.cli;

import java.util.List;

/**
 * The commands a module adds to {@code notefolio}: each module lists its provider in
 * {@code META-INF/services/com.notefolio.core.cli.CommandProvider}, and {@link Main} finds every module on
 * the class path, so the core never depends on a later module to run its commands.
 */
public interface CommandProvider {

    /** Picocli command objects (classes annotated with {@code @Command}), one per subcommand. */
    List<Object> commands();
}
