package org.parley.index;

/** A rebuild finished but must not go live (strict mode, failed verification, drastic shrink). */
public class BuildRefusedException extends RuntimeException {
  public BuildRefusedException(String message) {
    super(message);
  }

  public BuildRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
