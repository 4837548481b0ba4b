package org.parley.search;

import java.util.Locale;

/** What a completion offers: a word, a frequent phrase, a speaker or a topic. */
public enum SuggestKind {
  TERM,
  PHRASE,
  SPEAKER,
  TOPIC;

  /** The name in responses ({@code "kind": "phrase"}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
