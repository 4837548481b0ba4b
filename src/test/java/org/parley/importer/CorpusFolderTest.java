package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where imports land: named by the corpus convention, replaced by source URL, never half-written.
 */
class CorpusFolderTest {
  private static final HtmlImporter IMPORTER = new HtmlImporter(SiteRulebook.generic());

  @TempDir Path tmp;

  private Path corpus() {
    return tmp.resolve("corpus");
  }

  @Test
  void reimporting_a_page_of_the_same_source_updates_its_transcript_in_place() throws IOException {
    String url = "https://ruritania.example/news/7";
    Path first =
        FictionalPages.write(tmp, "first.html", FictionalPages.article(url, "Talks", "2021-04-01"));
    Path corrected =
        FictionalPages.write(
            tmp,
            "corrected.html",
            FictionalPages.article(url, "Talks, corrected", "2021-04-01")
                .replace("moon will stay", "moon will certainly stay"));

    ImportResult imported = IMPORTER.importPage(first, CorpusFolder.open(corpus()));
    // A new run reads the source back from the front matter of the file written before.
    ImportResult updated = IMPORTER.importPage(corrected, CorpusFolder.open(corpus()));

    assertThat(imported.status()).isEqualTo(ImportResult.Status.IMPORTED);
    assertThat(updated.status()).isEqualTo(ImportResult.Status.UPDATED);
    assertThat(updated.transcript()).isEqualTo(imported.transcript());
    assertThat(filesIn(corpus())).containsExactly("2021-04-01-talks.txt");
    assertThat(Files.readString(updated.transcript()))
        .contains("title: \"Talks, corrected\"")
        .contains("moon will certainly stay");
  }

  @Test
  void a_different_page_whose_name_is_taken_gets_a_numbered_file() throws IOException {
    CorpusFolder folder = CorpusFolder.open(corpus());
    Path one =
        FictionalPages.write(
            tmp, "one.html", FictionalPages.article("https://r.example/1", "Talks", "2021-04-01"));
    Path two =
        FictionalPages.write(
            tmp, "two.html", FictionalPages.article("https://r.example/2", "Talks", "2021-04-01"));

    IMPORTER.importPage(one, folder);
    ImportResult second = IMPORTER.importPage(two, folder);

    assertThat(second.status()).isEqualTo(ImportResult.Status.IMPORTED);
    assertThat(filesIn(corpus())).containsExactly("2021-04-01-talks-2.txt", "2021-04-01-talks.txt");
  }

  @Test
  void no_temporary_file_is_left_beside_the_transcripts() throws IOException {
    Path page =
        FictionalPages.write(
            tmp, "p.html", FictionalPages.article("https://r.example/1", "Talks", "2021-04-01"));

    IMPORTER.importPage(page, CorpusFolder.open(corpus()));
    IMPORTER.importPage(page, CorpusFolder.open(corpus()));

    try (Stream<Path> files = Files.list(corpus())) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly("2021-04-01-talks.txt");
    }
  }

  @Test
  void front_matter_quotes_what_yaml_would_misread() throws IOException {
    Path page =
        FictionalPages.write(
            tmp,
            "q.html",
            FictionalPages.article(
                "https://r.example/q", "Minister: &quot;No comment&quot; #1 \\o/", "2021-04-01"));

    ImportResult result = IMPORTER.importPage(page, CorpusFolder.open(corpus()));

    assertThat(Files.readString(result.transcript()))
        .startsWith(
            "---\ntitle: \"Minister: \\\"No comment\\\" #1 \\\\o/\"\ndate: \"2021-04-01\"\n");
  }

  @Test
  void file_names_follow_the_corpus_convention() {
    assertThat(
            TranscriptFileNames.of(
                LocalDate.of(2016, 3, 22),
                "Press statements and answers to journalists’ questions following Russian-Finnish"
                    + " talks"))
        .isEqualTo(
            "2016-03-22-press-statements-and-answers-to-journalists-questions-following-russian-finnish.txt");
    assertThat(TranscriptFileNames.slug("Meeting with President of Slovenia Borut Pahor"))
        .isEqualTo("meeting-with-president-of-slovenia-borut-pahor");
    assertThat(TranscriptFileNames.slug("Rencontre à Zürich – «Çà»"))
        .isEqualTo("rencontre-a-zurich-ca");
    assertThat(TranscriptFileNames.slug("…")).isEqualTo("page");
  }

  private static Stream<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }
}
