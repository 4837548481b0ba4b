package org.parley.importer;

/** A page that cannot be imported, with the reason in words for the person running the import. */
public final class RejectedPageException extends Exception {
  public RejectedPageException(String reason) {
    super(reason);
  }

  public String reason() {
    return getMessage();
  }
}
