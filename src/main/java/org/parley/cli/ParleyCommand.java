package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parley's command line: the composition root of every subcommand. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "Parley 0.1",
    description = "Full-text search over diplomatic statements.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      PhraseCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ParleyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Lucene logs its vectorization set-up through java.util.logging; keep the console quiet. */
  private static final java.util.logging.Logger LUCENE_JUL =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    LUCENE_JUL.setLevel(java.util.logging.Level.WARNING);
    System.exit(execute(args));
  }

  /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new ParleyCommand());
    cli.setExecutionExceptionHandler(new CliErrors());
    // "parley search -ukraine" is a query that excludes a word, not an unknown option.
    cli.setUnmatchedOptionsArePositionalParams(true);
    return cli.execute(args);
  }
}
