package org.parley.index;

import java.util.HashMap;
import java.util.Map;

/**
 * What a generation's Lucene commit records about its build, stored in the commit's user data so it
 * is exactly as durable as the index itself.
 *
 * @param generation generation name
 * @param corpusHash hash of the corpus files it was built from
 * @param configHash hash of the config folder it was built with, and the {@link Schema#VERSION}
 * @param documents transcripts indexed
 * @param paragraphs paragraphs indexed
 * @param builtAt ISO instant of the commit
 */
public record CommitInfo(
    String generation,
    String corpusHash,
    String configHash,
    int documents,
    int paragraphs,
    String builtAt) {
  /** The commit data key holding the acronyms the corpus defines ({@code AcronymTable#encode}). */
  public static final String ACRONYMS_KEY = "parley.acronyms";

  /** The commit data key holding the corpus's example searches, one a line. */
  public static final String EXAMPLES_KEY = "parley.examples";

  Map<String, String> toUserData() {
    Map<String, String> data = new HashMap<>();
    data.put("parley.generation", generation);
    data.put("parley.corpus_hash", corpusHash);
    data.put("parley.config_hash", configHash);
    data.put("parley.documents", Integer.toString(documents));
    data.put("parley.paragraphs", Integer.toString(paragraphs));
    data.put("parley.built_at", builtAt);
    return data;
  }

  /** Reads the user data of a commit written by {@link IndexBuilder}. */
  public static CommitInfo fromUserData(Map<String, String> data) {
    return new CommitInfo(
        data.getOrDefault("parley.generation", ""),
        data.getOrDefault("parley.corpus_hash", ""),
        data.getOrDefault("parley.config_hash", ""),
        Integer.parseInt(data.getOrDefault("parley.documents", "0")),
        Integer.parseInt(data.getOrDefault("parley.paragraphs", "0")),
        data.getOrDefault("parley.built_at", ""));
  }
}
