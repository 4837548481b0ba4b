package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parley's command line: the composition root of every subcommand. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "Parley 0.1",
    description = "Full-text search over diplomatic statements.",
    subcommands = {IndexCommand.class, SearchCommand.class, CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new ParleyCommand());
    cli.setExecutionExceptionHandler(new CliErrors());
    return cli.execute(args);
  }
}
