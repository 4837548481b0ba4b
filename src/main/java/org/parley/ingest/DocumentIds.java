package org.parley.ingest;

/**
 * Checks a document id a file chooses for itself (front matter {@code id}, JSON Lines {@code
 * doc_id}). Ids become URL path segments ({@code /api/documents/{id}}, {@code /p/{id}-p3}) and
 * appear in the JSON {@code url} of every hit unencoded, so an id that would change the path (a
 * slash, {@code ..}), end it ({@code ?}, {@code #}), read as an escape ({@code %}), or break a line
 * or a log is refused rather than served. Ids derived from file names never need this: they hold
 * only letters, digits and dashes.
 */
final class DocumentIds {
  /** Longer ids are refused: a paragraph id adds a suffix, and URLs must stay usable. */
  static final int MAX_LENGTH = 200;

  private static final String SEPARATORS = "/\\?#%";

  private DocumentIds() {}

  /**
   * Returns {@code id} if it can serve as a URL segment.
   *
   * @param key how the file names the id ({@code front matter: id}), for the reason
   * @throws UnusableFileException naming the key and what is wrong, without echoing the id
   */
  static String checked(String id, String key) throws UnusableFileException {
    if (id.length() > MAX_LENGTH) {
      throw refused(key, "longer than " + MAX_LENGTH + " characters (" + id.length() + ")");
    }
    if (id.contains("..")) {
      throw refused(key, "contains '..'");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (SEPARATORS.indexOf(c) >= 0) {
        throw refused(key, "contains '" + c + "'");
      }
      if (invisible(c)) {
        throw refused(
            key, "contains a control, format or space character (U+%04X)".formatted((int) c));
      }
    }
    return id;
  }

  private static boolean invisible(char c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }

  private static UnusableFileException refused(String key, String why) {
    return new UnusableFileException(key + ": " + why + "; document ids become URL path segments");
  }
}
