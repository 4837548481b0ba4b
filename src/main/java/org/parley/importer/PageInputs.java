package org.parley.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The pages named on the command line: a file as given (whatever its extension, so a misnamed file
 * is reported rather than silently passed over), a folder as its {@code .html} and {@code .htm}
 * files below it, sorted, hidden ones left out.
 */
final class PageInputs {
  /** A page to import, or an argument that cannot be one and why. */
  record Input(Path file, String problem) {}

  private PageInputs() {}

  static List<Input> expand(List<Path> arguments) {
    List<Input> inputs = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        inputs.addAll(pagesIn(argument));
      } else if (Files.isRegularFile(argument)) {
        inputs.add(new Input(argument, null));
      } else if (Files.exists(argument)) {
        inputs.add(new Input(argument, "not a regular file"));
      } else {
        inputs.add(new Input(argument, "no such file or folder"));
      }
    }
    return inputs;
  }

  private static List<Input> pagesIn(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !hidden(folder.relativize(file)))
          .filter(PageInputs::isHtmlName)
          .sorted()
          .map(file -> new Input(file, null))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(new Input(folder, "cannot list the folder: " + e.getMessage()));
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHtmlName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }
}
