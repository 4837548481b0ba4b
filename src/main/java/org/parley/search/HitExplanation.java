package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Explanation;

/**
 * Why a hit scored as it did, for {@code explain=true}: the score and its main parts (each matched
 * word's BM25 share, the all-words tier, phrase and proximity boosts), a few levels deep.
 *
 * @param value the part's contribution to the score
 * @param description what Lucene says the part is
 * @param parts the parts it sums or multiplies, when shown
 */
public record HitExplanation(float value, String description, List<HitExplanation> parts) {
  /** How many levels below the total are shown; deeper ones are BM25's arithmetic. */
  static final int DEPTH = 3;

  static HitExplanation of(Explanation explanation) {
    return of(explanation, DEPTH);
  }

  private static HitExplanation of(Explanation e, int depth) {
    List<HitExplanation> parts = new ArrayList<>();
    if (depth > 0) {
      for (Explanation detail : e.getDetails()) {
        if (detail.isMatch() && detail.getValue().floatValue() != 0f) {
          parts.add(of(detail, depth - 1));
        }
      }
    }
    return new HitExplanation(e.getValue().floatValue(), e.getDescription(), parts);
  }
}
