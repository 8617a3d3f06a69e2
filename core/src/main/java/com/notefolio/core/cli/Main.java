package com.notefolio.core.cli;

import com.notefolio.core.io.InputException;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.scenario.InvalidScenarioException;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code notefolio} command: the commands of every module on the class path, found through
 * {@link CommandProvider}. Exit codes: 0 done, 1 failed, 2 bad input or usage.
 */
@Command(name = "notefolio", mixinStandardHelpOptions = true, version = "Notefolio 0.1.0",
        description = "Portfolio analytics for promissory notes and private loans.",
        subcommandsRepeatable = false)
public final class Main {

    /** Exit code of bad input: a file, a row, a field or an option the command cannot accept. */
    public static final int BAD_INPUT = 2;

    /**
     * Moneta announces its MathContext through java.util.logging on first use; a command's stderr is for
     * progress and errors only. Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger MONETA_LOG = java.util.logging.Logger.getLogger("org.javamoney.moneta");

    public static void main(String[] args) {
        MONETA_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
            for (Object command : provider.commands()) {
                cli.addSubcommand(command);
            }
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException || e instanceof InvalidTermsException
                    || e instanceof InvalidScenarioException) {
                commandLine.getErr().println("notefolio " + commandLine.getCommandName() + ": " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("notefolio " + commandLine.getCommandName() + ": " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli;
    }
}
