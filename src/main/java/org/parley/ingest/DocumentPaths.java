package org.parley.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a corpus-relative path ("nato/2022-01-07-press-conference.txt") says about a document. */
final class DocumentPaths {
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DATE_IN_NAME =
      Pattern.compile("(?<!\\d)\\d{4}[-_.]?\\d{2}[-_.]?\\d{2}(?!\\d)");
  private static final Pattern SEPARATORS = Pattern.compile("[-_.\\s]+");

  private DocumentPaths() {}

  /** The default document id: path without extension, lower-cased, non-alphanumerics as '-'. */
  static String id(String relativePath) {
    String lower = withoutExtension(relativePath).toLowerCase(Locale.ROOT);
    return trimDashes(NON_ALNUM.matcher(lower).replaceAll("-"));
  }

  /** The file name without folders. */
  static String fileName(String relativePath) {
    return relativePath.substring(relativePath.lastIndexOf('/') + 1);
  }

  /** The first folder of the path ("nato"), if the file is in one. */
  static Optional<String> topFolder(String relativePath) {
    int slash = relativePath.indexOf('/');
    return slash > 0 ? Optional.of(relativePath.substring(0, slash)) : Optional.empty();
  }

  /** A readable title from the file name, for text that has none ("Press conference"). */
  static String titleFromFileName(String relativePath) {
    String name = DATE_IN_NAME.matcher(withoutExtension(fileName(relativePath))).replaceAll(" ");
    String words = SEPARATORS.matcher(name).replaceAll(" ").strip();
    if (words.isEmpty()) {
      return withoutExtension(fileName(relativePath));
    }
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static String withoutExtension(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
  }

  private static String trimDashes(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
