package org.parley.ingest;

/** A corpus file that cannot be used; its message is the reason shown to people. */
final class UnusableFileException extends RuntimeException {
  UnusableFileException(String reason) {
    super(reason);
  }
}
