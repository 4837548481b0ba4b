package org.parley.cli;

import org.parley.config.ConfigException;
import org.parley.index.BuildRefusedException;
import org.parley.index.ConcurrentBuildException;
import org.parley.search.InvalidRequestException;
import picocli.CommandLine;

/**
 * Turns the failures people cause (bad config, bad query, a refused or concurrent build) into one
 * clear line and an exit code; anything else is a bug and keeps its stack trace.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
  static final int EXIT_USER_ERROR = 2;
  static final int EXIT_REFUSED = 3;
  static final int EXIT_BUSY = 4;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof ConfigException) {
      cli.getErr().println("parley: config error: " + e.getMessage());
      return EXIT_USER_ERROR;
    }
    if (e instanceof InvalidRequestException invalid) {
      cli.getErr().println("parley: invalid " + invalid.param() + ": " + e.getMessage());
      return EXIT_USER_ERROR;
    }
    if (e instanceof BuildRefusedException) {
      cli.getErr().println("parley: refused: " + e.getMessage());
      return EXIT_REFUSED;
    }
    if (e instanceof ConcurrentBuildException) {
      cli.getErr().println("parley: " + e.getMessage());
      return EXIT_BUSY;
    }
    throw e;
  }
}
