package org.parley.ingest;

import java.util.List;

/**
 * Everything read from a corpus folder in one pass: the transcripts in a deterministic order
 * (sorted by file path, then by position within a JSON Lines file) and the files that were skipped.
 *
 * @param transcripts parsed transcripts
 * @param skipped files that could not be used, each with its reason
 * @param contentHash a hash over every file's path and bytes, so an unchanged corpus is detected
 * @param examples searches the corpus suggests to a newcomer ({@code corpus.yaml}), maybe none
 */
public record CorpusSnapshot(
    List<Transcript> transcripts,
    List<SkippedFile> skipped,
    String contentHash,
    List<String> examples) {
  public CorpusSnapshot {
    transcripts = List.copyOf(transcripts);
    skipped = List.copyOf(skipped);
    examples = List.copyOf(examples);
  }

  public int paragraphCount() {
    return transcripts.stream().mapToInt(t -> t.paragraphs().size()).sum();
  }
}
