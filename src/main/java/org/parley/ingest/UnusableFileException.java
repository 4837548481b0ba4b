package org.parley.ingest;

/**
 * A corpus file (or a JSON Lines document) that cannot be used; the message is the reason that ends
 * up in {@link SkippedFile#reason()}.
 */
public class UnusableFileException extends Exception {
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
