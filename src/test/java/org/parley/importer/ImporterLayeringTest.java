package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The importer stays pure: jsoup, Jackson and config, never Lucene, Javalin or the CLI. */
class ImporterLayeringTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "import org.apache.lucene",
          "import io.javalin",
          "import org.parley.index",
          "import org.parley.search",
          "import org.parley.http",
          "import org.parley.cli");

  @Test
  void importer_sources_import_neither_lucene_nor_javalin_nor_later_layers() throws IOException {
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/parley/importer"))) {
      for (Path source : sources.toList()) {
        List<String> imports =
            Files.readAllLines(source).stream().filter(l -> l.startsWith("import ")).toList();
        assertThat(imports)
            .as(source.getFileName().toString())
            .noneMatch(line -> FORBIDDEN.stream().anyMatch(line::startsWith));
      }
    }
  }
}
