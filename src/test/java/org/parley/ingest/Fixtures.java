package org.parley.ingest;

import java.nio.file.Path;
import java.util.List;
import org.parley.config.SpeakerRegistryLoader;
import org.parley.speakers.SpeakerRegistry;

/** The shipped speaker registry and helpers shared by the ingest tests. */
final class Fixtures {
  static final SpeakerRegistry REGISTRY =
      SpeakerRegistryLoader.load(Path.of("index-config/speakers.yaml"));
  static final CorpusReader READER = new CorpusReader(REGISTRY);

  private Fixtures() {}

  /** Joins lines with LF, so text blocks in tests read like the files they stand for. */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** Who speaks each paragraph: name, or the label when nobody is known. */
  static List<String> speakers(Transcript transcript) {
    return transcript.paragraphs().stream()
        .map(p -> p.turn().speaker().name() == null ? "?" : p.turn().speaker().name())
        .toList();
  }

  static List<String> texts(Transcript transcript) {
    return transcript.paragraphs().stream().map(Paragraph::text).toList();
  }
}
