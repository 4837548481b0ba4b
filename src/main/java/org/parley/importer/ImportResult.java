package org.parley.importer;

import java.nio.file.Path;

/**
 * What became of one input file.
 *
 * @param input the page as given (or found in a given folder)
 * @param status imported, updated or skipped
 * @param transcript the transcript written or updated, or {@code null} when skipped
 * @param reason why the page was skipped, or {@code null}
 */
public record ImportResult(Path input, Status status, Path transcript, String reason) {
  /** The outcomes an import reports. */
  public enum Status {
    /** A new transcript was written. */
    IMPORTED,
    /** The transcript of the same source URL was replaced (or already had this content). */
    UPDATED,
    /** The page was not imported; {@link #reason} says why. */
    SKIPPED
  }

  static ImportResult skipped(Path input, String reason) {
    return new ImportResult(input, Status.SKIPPED, null, reason);
  }
}
