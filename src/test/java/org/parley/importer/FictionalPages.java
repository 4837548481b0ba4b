package org.parley.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saved pages made up for the tests: an invented country (Ruritania) and invented officials saying
 * plainly fictional things, so no real person is ever quoted with words they did not say.
 */
final class FictionalPages {
  static final String FIRST_STATEMENT =
      "Foreign Minister of Ruritania: Our two imaginary republics agree that the moon will stay"
          + " where it is.";
  static final String SECOND_STATEMENT =
      "Question: Will the invented treaty on cloud ownership be signed this year?";

  private FictionalPages() {}

  /** A page of an unknown site with a title, a date and a short transcript in an article. */
  static String article(String url, String title, String date) {
    return """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>%s | Ruritanian Foreign Office</title>
        <meta property="og:url" content="%s">
        <meta property="og:site_name" content="Ruritanian Foreign Office"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">All the invented news</a></nav>
        <article>
          <h1>%s</h1>
          <time datetime="%s">printed date</time>
          <p><b>Foreign Minister of Ruritania:</b> Our two imaginary republics agree
             that the moon will stay where it is.</p>
          <p><b>Question:</b> Will the invented treaty on cloud ownership be signed this year?</p>
        </article>
        <footer>Copyright of nobody, since none of this happened.</footer>
        </body></html>
        """
        .formatted(title, url, title, date);
  }

  static Path write(Path dir, String name, String html) throws IOException {
    return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
