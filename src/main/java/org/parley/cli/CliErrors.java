package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.parley.config.ConfigException;
import org.parley.index.BuildRefusedException;
import org.parley.index.ConcurrentBuildException;
import org.parley.search.InvalidRequestException;
import picocli.CommandLine;

/**
 * Turns the failures people cause (bad config, bad query, a refused or concurrent build, a folder
 * that cannot be read or written) into one clear line and an exit code; anything else is a bug and
 * keeps its stack trace.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
  static final int EXIT_USER_ERROR = 2;
  static final int EXIT_REFUSED = 3;
  static final int EXIT_BUSY = 4;
  static final int EXIT_IO_ERROR = 5;

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
    // A missing or unreadable corpus, an index folder that cannot be written, a full disk: the
    // path and the reason are what the person needs; a stack trace would bury them.
    if (e instanceof IOException io) {
      cli.getErr().println("parley: " + describe(io));
      return EXIT_IO_ERROR;
    }
    if (e instanceof UncheckedIOException unchecked) {
      String cause = describe(unchecked.getCause());
      String message = unchecked.getMessage();
      boolean ownMessage = message != null && !message.equals(unchecked.getCause().toString());
      cli.getErr().println("parley: " + (ownMessage ? message + ": " + cause : cause));
      return EXIT_IO_ERROR;
    }
    throw e;
  }

  /** One line naming the file and the reason, in words rather than exception class names. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String reason =
          switch (fs) {
            case NoSuchFileException missing -> "no such file or folder";
            case AccessDeniedException denied -> "permission denied";
            case NotDirectoryException notFolder -> "not a folder";
            default -> fs.getReason() != null ? fs.getReason() : "cannot be read or written";
          };
      String other = fs.getOtherFile() == null ? "" : " (or " + fs.getOtherFile() + ")";
      return "cannot use " + fs.getFile() + other + ": " + reason;
    }
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      return "input/output error";
    }
    return e.getMessage();
  }
}
