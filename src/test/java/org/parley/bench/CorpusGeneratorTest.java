package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ParleyConfig;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;
import org.parley.speakers.Role;

@Tag("integration") // trains the generator on the whole corpus
class CorpusGeneratorTest {
  @TempDir Path tmp;

  private static final ParleyConfig CONFIG = ParleyConfig.load(Path.of("index-config"));

  private CorpusGenerator generator(int threads) throws IOException {
    return CorpusGenerator.trainedOn(Path.of("corpus"), CONFIG.speakers(), threads);
  }

  @Test
  void the_parser_reads_back_exactly_the_paragraphs_written_with_resolved_speakers()
      throws IOException {
    CorpusGenerator.Result result = generator(2).generate(tmp.resolve("c"), 3_000, 42);
    CorpusSnapshot snapshot = new CorpusReader(CONFIG.speakers()).read(tmp.resolve("c"));

    assertThat(snapshot.skipped()).isEmpty();
    assertThat(snapshot.paragraphCount()).isEqualTo(3_000);
    assertThat(snapshot.transcripts()).hasSize(result.transcripts());
    Map<Role, Integer> roles = new HashMap<>();
    Set<String> speakers = new TreeSet<>();
    long unknown = 0;
    for (Transcript t : snapshot.transcripts()) {
      for (Paragraph p : t.paragraphs()) {
        roles.merge(p.turn().speaker().role(), 1, Integer::sum);
        if (p.turn().speaker().isKnown()) {
          speakers.add(p.turn().speaker().name());
        } else {
          unknown++;
        }
      }
    }
    assertThat(speakers).hasSizeGreaterThanOrEqualTo(30).contains("Jens Stoltenberg", "Max Delany");
    // Only "QUESTION:" and "Moderator:" labels name nobody.
    assertThat(unknown).isLessThan(3_000 / 20);
    assertThat(snapshot.transcripts().get(0).date()).isEqualTo(CorpusGenerator.FIRST_DAY);
    assertThat(snapshot.transcripts().get(result.transcripts() - 1).date())
        .isEqualTo(CorpusGenerator.LAST_DAY);
    assertThat(roles).containsKeys(Role.OFFICIAL, Role.MODERATOR, Role.JOURNALIST);
  }

  @Test
  void the_same_seed_writes_the_same_files_whatever_the_threads() throws IOException {
    generator(1).generate(tmp.resolve("a"), 500, 7);
    generator(3).generate(tmp.resolve("b"), 500, 7);
    assertThat(contents(tmp.resolve("a"))).isEqualTo(contents(tmp.resolve("b")));
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
