package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ParleyConfig;

/** Provenance from the shipped corpus's own description (corpus.yaml and MANIFEST.tsv). */
class CorpusProvenanceTest {
  private static CorpusSnapshot shipped;
  private static Map<String, Transcript> byFile;

  @BeforeAll
  static void readShippedCorpus() throws IOException {
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    shipped = new CorpusReader(config.speakers()).read(Path.of("corpus"));
    byFile =
        shipped.transcripts().stream()
            .collect(Collectors.toMap(Transcript::file, Function.identity()));
  }

  @Test
  void the_shipped_corpus_has_no_skipped_file_and_its_descriptions_are_not_transcripts() {
    assertThat(shipped.skipped()).isEmpty();
    assertThat(byFile).doesNotContainKeys("README.md", "MANIFEST.tsv", "corpus.yaml");
    assertThat(shipped.transcripts()).hasSize(939);
  }

  @Test
  void a_kremlin_transcript_carries_its_url_licence_and_attribution() {
    Transcript t = byFile.get("kremlin/2016-09-05-interview-to-bloomberg.txt");
    assertThat(t.source()).startsWith("http://en.kremlin.ru/events/president/");
    assertThat(t.provenance().organisation()).isEqualTo("President of Russia (en.kremlin.ru)");
    assertThat(t.provenance().licence()).startsWith("CC BY 4.0");
    assertThat(t.provenance().attribution()).contains("© President of Russia");
    assertThat(t.provenance().datePrecision()).isEqualTo(DatePrecision.EXACT);
  }

  @Test
  void a_un_general_debate_date_is_approximate_and_its_delegation_is_the_organisation() {
    Transcript t =
        shipped.transcripts().stream()
            .filter(x -> x.file().startsWith("un-general-debate/"))
            .findFirst()
            .orElseThrow();
    assertThat(t.provenance().datePrecision()).isEqualTo(DatePrecision.APPROXIMATE);
    assertThat(t.provenance().organisation()).isNotBlank();
    assertThat(t.provenance().licence()).contains("CC0");
  }

  @Test
  void a_broken_corpus_description_is_reported_and_the_transcripts_are_still_read(@TempDir Path tmp)
      throws IOException {
    Path nato = Files.createDirectories(tmp.resolve("nato"));
    String name = "2022-01-07-press-conference-extraordinary-foreign-ministers.txt";
    Files.copy(Path.of("corpus/nato").resolve(name), nato.resolve(name));
    Files.writeString(tmp.resolve("corpus.yaml"), "sauces: {}\n", StandardCharsets.UTF_8);
    CorpusSnapshot snapshot =
        new CorpusReader(ParleyConfig.load(Path.of("index-config")).speakers()).read(tmp);
    assertThat(snapshot.transcripts()).hasSize(1);
    assertThat(snapshot.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.file()).isEqualTo("corpus.yaml");
              assertThat(s.reason()).contains("sauces");
            });
  }
}
