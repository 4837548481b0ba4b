package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.config.SitesConfig;
import org.parley.config.SpeakerRegistryLoader;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;

/**
 * Real pages saved from en.kremlin.ru, imported with the shipped {@code sites.yaml}, read back by
 * Parley's own transcript parser: the same paragraphs (text, label, order) and date as the
 * transcript of the same page shipped in {@code corpus/kremlin/}.
 */
class KremlinPagesTest {
  private static final CorpusReader READER =
      new CorpusReader(SpeakerRegistryLoader.load(Path.of("index-config/speakers.yaml")));
  private static final HtmlImporter IMPORTER =
      new HtmlImporter(SiteRulebook.compile(SitesConfig.load(Path.of("index-config"))));

  @TempDir Path tmp;

  /** A meeting, a news conference with questions, an interview, statements with photos. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020-01-23-meeting-with-president-of-israel-reuven-rivlin",
        "2020-01-11-news-conference-following-russian-german-talks",
        "2020-02-25-on-first-steps-to-implement-national-projects-interview-to-tass-news-agency",
        "2017-03-15-press-statements-following-russian-armenian-talks"
      })
  void imported_page_parses_to_the_paragraphs_and_date_of_the_shipped_transcript(String name)
      throws IOException {
    ImportResult result = IMPORTER.importPage(page(name), CorpusFolder.open(tmp));

    assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
    String relative = "kremlin/" + name + ".txt";
    Transcript shipped = parse(relative, Path.of("corpus").resolve(relative));
    Transcript imported = parse(relative, result.transcript());
    assertThat(imported.date()).isEqualTo(shipped.date());
    assertThat(imported.title()).isEqualTo(shipped.title());
    assertThat(imported.source()).isEqualTo(shipped.source());
    assertThat(imported.place()).isEqualTo(shipped.place());
    List<String> want = labelledTexts(shipped);
    List<String> got = labelledTexts(imported);
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      assertThat(got.get(i)).as("paragraph %d of %s", i + 1, name).isEqualTo(want.get(i));
    }
    assertThat(got).hasSameSizeAs(want);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020-01-23-meeting-with-president-of-israel-reuven-rivlin",
        "2020-02-25-on-first-steps-to-implement-national-projects-interview-to-tass-news-agency"
      })
  void imported_transcript_is_named_and_written_like_the_shipped_one(String name)
      throws IOException {
    ImportResult result = IMPORTER.importPage(page(name), CorpusFolder.open(tmp));

    assertThat(result.transcript().getFileName()).hasToString(name + ".txt");
    assertThat(Files.readString(result.transcript()))
        .isEqualTo(Files.readString(Path.of("corpus/kremlin").resolve(name + ".txt")));
  }

  private static Path page(String name) {
    return Path.of("src/test/resources/pages/kremlin").resolve(name + ".html");
  }

  private static Transcript parse(String relative, Path file) throws IOException {
    try {
      return READER.parse(relative, Files.readString(file));
    } catch (org.parley.ingest.UnusableFileException e) {
      throw new AssertionError(file + " does not parse: " + e.reason(), e);
    }
  }

  /** Each paragraph as "label | text", the label as printed (or "-" for unlabelled text). */
  private static List<String> labelledTexts(Transcript transcript) {
    return transcript.paragraphs().stream().map(KremlinPagesTest::labelled).toList();
  }

  private static String labelled(Paragraph paragraph) {
    String label = paragraph.turn().speakerLabel();
    return (label == null ? "-" : label) + " | " + paragraph.text();
  }
}
