package org.parley.index;

import java.nio.file.Path;

/**
 * What one rebuild is asked to do.
 *
 * @param corpusDir the transcripts folder
 * @param strict fail the build (live index untouched) if any file is skipped
 * @param force rebuild even when corpus and config are unchanged, and swap in even when the new
 *     generation is drastically smaller than the live one
 * @param showProgress draw a progress bar (on a terminal) instead of log lines
 */
public record BuildOptions(Path corpusDir, boolean strict, boolean force, boolean showProgress) {
  /** A new generation below this share of the live one's paragraphs is refused unless forced. */
  public static final double SHRINK_LIMIT = 0.5;
}
