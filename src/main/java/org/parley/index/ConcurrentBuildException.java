package org.parley.index;

/** Another rebuild holds the lock of the index folder. */
public class ConcurrentBuildException extends RuntimeException {
  public ConcurrentBuildException(String message) {
    super(message);
  }
}
