package org.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley import}: the importers, one subcommand per kind of input. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Turns documents from elsewhere into corpus transcripts.",
    subcommands = {HtmlImportCommand.class})
final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
