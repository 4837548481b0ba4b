package org.parley.ingest;

/**
 * A corpus file (or a JSON Lines document) that cannot be used; the message is the reason that ends
 * up in {@link SkippedFile#reason()}. {@link CorpusReader#read} turns it into a {@link
 * SkippedFile}; only {@link CorpusReader#parse(String, String)} lets it out.
 */
public class UnusableFileException extends RuntimeException {
  public UnusableFileException(String reason) {
    super(reason);
  }

  public UnusableFileException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The reason, as reported. */
  public String reason() {
    return getMessage();
  }
}
