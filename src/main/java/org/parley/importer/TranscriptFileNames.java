package org.parley.importer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The corpus file-name convention: {@code yyyy-mm-dd-slug.txt}, the slug being the title in lower
 * case ASCII words joined by hyphens, cut at a word boundary to at most {@value #MAX_SLUG}
 * characters, as the shipped transcripts are named.
 */
final class TranscriptFileNames {
  static final int MAX_SLUG = 80;

  private TranscriptFileNames() {}

  /** {@code 2020-01-23-meeting-with-president-of-israel-reuven-rivlin.txt}. */
  static String of(LocalDate date, String title) {
    return date + "-" + slug(title) + ".txt";
  }

  /** The same name with {@code -2}, {@code -3}... before the extension, for a name in use. */
  static String numbered(String fileName, int number) {
    return fileName.substring(0, fileName.length() - ".txt".length()) + "-" + number + ".txt";
  }

  static String slug(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    for (String word : ascii.split("[^a-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      int length = slug.isEmpty() ? word.length() : slug.length() + 1 + word.length();
      if (length > MAX_SLUG) {
        if (slug.isEmpty()) {
          slug.append(word, 0, MAX_SLUG);
        }
        break;
      }
      slug.append(slug.isEmpty() ? "" : "-").append(word);
    }
    return slug.isEmpty() ? "page" : slug.toString();
  }
}
