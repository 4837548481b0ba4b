package org.parley.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;

/**
 * The optional YAML header of a plain-text transcript, between two {@code ---} lines, for
 * transcripts whose text lacks the metadata:
 *
 * <pre>
 * ---
 * id: eu-hrvp-2022-01-24      # stable document id (default: from the file path)
 * title: Press remarks by the High Representative
 * date: 2022-01-24
 * source: https://...
 * place: Brussels
 * speaker: Josep Borrell       # who speaks where no label says otherwise
 * ---
 * </pre>
 */
record FrontMatter(
    String id, String title, LocalDate date, String source, String place, String speaker) {
  static final FrontMatter NONE = new FrontMatter(null, null, null, null, null, null);

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The text after the front matter, and the front matter itself. */
  record Split(FrontMatter front, String body) {}

  static Split split(String text) {
    if (!text.startsWith("---\n")) {
      return new Split(NONE, text);
    }
    int end = text.indexOf("\n---\n", 3);
    if (end < 0) {
      throw new UnusableFileException("front matter opened with '---' is never closed");
    }
    try {
      FrontMatter front = YAML.readValue(text.substring(4, end + 1), FrontMatter.class);
      return new Split(front == null ? NONE : front, text.substring(end + 5));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UnusableFileException("front matter: " + e.getOriginalMessage());
    }
  }
}
