package org.parley.search;

import java.util.List;

/**
 * Completions for a prefix.
 *
 * @param query the prefix as received
 * @param suggestions completions, speakers and topics first, then phrases, then words
 * @param generation the index generation the completions were built from (the HTTP layer's ETag;
 *     not part of the JSON)
 */
public record SuggestResponse(String query, List<SuggestItem> suggestions, String generation) {
  public SuggestResponse {
    suggestions = List.copyOf(suggestions);
  }
}
