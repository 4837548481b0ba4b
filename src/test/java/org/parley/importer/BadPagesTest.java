package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that cannot be imported are skipped with the file and the reason, in one line, and never
 * stop the pages after them; nothing of them reaches the corpus folder.
 */
class BadPagesTest {
  private static final HtmlImporter IMPORTER = new HtmlImporter(SiteRulebook.generic());

  @TempDir Path tmp;

  private Path corpus() {
    return tmp.resolve("corpus");
  }

  private ImportResult importOne(Path page) throws IOException {
    return IMPORTER.importPage(page, CorpusFolder.open(corpus()));
  }

  private void assertSkipped(ImportResult result, String reason) throws IOException {
    assertThat(result.status()).isEqualTo(ImportResult.Status.SKIPPED);
    assertThat(result.reason()).contains(reason).doesNotContain("Exception").doesNotContain("\n");
    assertThat(result.transcript()).isNull();
    try (Stream<Path> files = Files.list(corpus())) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void page_with_no_recognisable_body_is_skipped() throws IOException {
    Path page =
        FictionalPages.write(
            tmp,
            "menu-only.html",
            """
            <html><head><title>Ruritanian Foreign Office</title></head><body>
            <nav><ul><li><a href="/a">Imaginary embassies</a></li></ul></nav>
            <time datetime="2021-04-01"></time>
            <form action="/search"><input name="q"><button>Search the invented archive</button></form>
            <script>document.title = "nothing here is real";</script>
            </body></html>
            """);

    assertSkipped(importOne(page), "no recognisable body text");
  }

  @Test
  void page_declaring_an_unknown_encoding_is_skipped() throws IOException {
    String html =
        FictionalPages.article("https://ruritania.example/a", "Talks", "2021-04-01")
            .replace("charset=\"utf-8\"", "charset=\"ruritanian-8\"");
    Path page = FictionalPages.write(tmp, "unknown-charset.html", html);

    assertSkipped(importOne(page), "unknown character encoding 'ruritanian-8'");
  }

  @Test
  void page_whose_bytes_do_not_fit_its_declared_encoding_is_skipped() throws IOException {
    String html = FictionalPages.article("https://ruritania.example/a", "Talks", "2021-04-01");
    byte[] latin1 =
        html.replace("Talks", "Talks in Zürich").getBytes(Charset.forName("ISO-8859-1"));
    Path page = FictionalPages.write(tmp, "mislabelled.html", latin1);

    assertSkipped(importOne(page), "cannot be decoded as UTF-8");
  }

  @Test
  void page_in_its_declared_legacy_encoding_is_read() throws IOException {
    String html =
        FictionalPages.article("https://ruritania.example/a", "Talks in Zürich", "2021-04-01")
            .replace("charset=\"utf-8\"", "charset=\"windows-1252\"");
    Path page =
        FictionalPages.write(tmp, "legacy.html", html.getBytes(Charset.forName("windows-1252")));

    ImportResult result = importOne(page);

    assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
    assertThat(Files.readString(result.transcript())).contains("title: \"Talks in Zürich\"");
  }

  @Test
  void png_image_is_skipped_as_not_html() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    Path page = FictionalPages.write(tmp, "photo.html", png);

    assertSkipped(importOne(page), "not an HTML page: a PNG image");
  }

  @Test
  void binary_file_is_skipped_as_not_html() throws IOException {
    byte[] binary = new byte[4096];
    new java.util.Random(42).nextBytes(binary);
    binary[10] = 0;
    Path page = FictionalPages.write(tmp, "data.bin", binary);

    assertSkipped(importOne(page), "not an HTML page");
  }

  @Test
  void plain_text_file_is_skipped_as_not_html() throws IOException {
    Path page =
        FictionalPages.write(
            tmp, "notes.html", "The invented minister's notes are not a web page.\n");

    assertSkipped(importOne(page), "not an HTML page (no markup in it)");
  }

  @Test
  void fifty_megabyte_page_is_refused_before_it_is_read() throws IOException {
    Path page = tmp.resolve("huge.html");
    // Sparse: 50 MB long without writing 50 MB; only its size may be looked at.
    try (RandomAccessFile file = new RandomAccessFile(page.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }

    assertSkipped(importOne(page), "larger than the 16 MB limit for a page (50.0 MB)");
  }

  @Test
  void scripts_forms_and_navigation_never_reach_the_text() throws IOException {
    Path page =
        FictionalPages.write(
            tmp,
            "busy.html",
            """
            <html><head><title>Cloud treaty</title><meta charset="utf-8">
            <style>p { color: red }</style>
            <script>var secret = "SCRIPT TEXT";</script></head><body>
            <nav>NAVIGATION TEXT</nav>
            <main>
              <h1>Cloud treaty</h1><time datetime="2021-04-01">1 April 2021</time>
              <p>Foreign Minister of Ruritania: The clouds over both imaginary republics
                 belong to everyone.<script>document.write("INLINE SCRIPT TEXT")</script></p>
              <form><label>FORM LABEL TEXT</label><input value="FORM VALUE TEXT">
                <select><option>OPTION TEXT</option></select>
                <button>BUTTON TEXT</button><textarea>TEXTAREA TEXT</textarea></form>
              <noscript>NOSCRIPT TEXT</noscript>
              <p>Question: Do the clouds agree?</p>
            </main>
            <footer>FOOTER TEXT</footer>
            </body></html>
            """);

    ImportResult result = importOne(page);

    assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
    String transcript = Files.readString(result.transcript());
    assertThat(transcript)
        .contains(
            "\nForeign Minister of Ruritania: The clouds over both imaginary republics belong to"
                + " everyone.\n\nQuestion: Do the clouds agree?\n")
        .doesNotContain("TEXT")
        .doesNotContain("color")
        .doesNotContain("<");
  }

  @Test
  void control_characters_are_removed_from_the_text() throws IOException {
    String html =
        FictionalPages.article("https://ruritania.example/a", "Talks", "2021-04-01")
            .replace("Our two", "Our\u0007 two\u0001\u0085")
            .replace("the moon", "the\u001B moon\u007F");
    Path page = FictionalPages.write(tmp, "control.html", html);

    ImportResult result = importOne(page);

    String transcript = Files.readString(result.transcript());
    assertThat(transcript).contains(FictionalPages.FIRST_STATEMENT);
    assertThat(transcript.chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
  }

  @Test
  void bad_pages_do_not_stop_the_good_ones() throws IOException {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    FictionalPages.write(pages, "a-photo.html", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    FictionalPages.write(
        pages,
        "b-talks.html",
        FictionalPages.article("https://r.example/b", "Talks", "2021-04-01"));
    FictionalPages.write(pages, "c-empty.html", new byte[0]);
    FictionalPages.write(
        pages, "d-more.html", FictionalPages.article("https://r.example/d", "More", "2021-04-02"));
    List<ImportResult> reported = new ArrayList<>();

    List<ImportResult> results =
        IMPORTER.importAll(
            List.of(pages, tmp.resolve("missing.html")),
            CorpusFolder.open(corpus()),
            reported::add);

    assertThat(results).isEqualTo(reported);
    assertThat(results)
        .extracting(r -> r.input().getFileName().toString(), ImportResult::status, r -> r.reason())
        .containsExactly(
            tuple("a-photo.html", ImportResult.Status.SKIPPED, "not an HTML page: a JPEG image"),
            tuple("b-talks.html", ImportResult.Status.IMPORTED, null),
            tuple("c-empty.html", ImportResult.Status.SKIPPED, "empty file"),
            tuple("d-more.html", ImportResult.Status.IMPORTED, null),
            tuple("missing.html", ImportResult.Status.SKIPPED, "no such file or folder"));
    assertThat(Files.readString(corpus().resolve("2021-04-02-more.txt")))
        .contains(FictionalPages.SECOND_STATEMENT);
  }

  @Test
  void utf8_page_without_a_declaration_is_read_as_utf8() throws IOException {
    String html =
        FictionalPages.article("https://r.example/z", "Talks in Zürich", "2021-04-01")
            .replace("<meta charset=\"utf-8\">", "");
    Path page = FictionalPages.write(tmp, "undeclared.html", html);

    ImportResult result = importOne(page);

    assertThat(Files.readString(result.transcript(), StandardCharsets.UTF_8))
        .contains("Talks in Zürich");
  }
}
