package org.parley.ingest;

import java.util.List;

/**
 * What one corpus file gave: its transcripts (one for a text file, any number for JSON Lines) and
 * what could not be used (the whole file, or single lines and documents of a JSON Lines file).
 */
record ParsedFile(List<Transcript> transcripts, List<SkippedFile> skipped) {
  ParsedFile {
    transcripts = List.copyOf(transcripts);
    skipped = List.copyOf(skipped);
  }

  static ParsedFile of(Transcript transcript) {
    return new ParsedFile(List.of(transcript), List.of());
  }

  static ParsedFile skipped(String relativePath, String reason) {
    return new ParsedFile(List.of(), List.of(new SkippedFile(relativePath, reason)));
  }
}
