package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.parley.index.Schema;

/**
 * The other spellings of a phrase's compounds, as the index tells them apart: the index holds
 * "dual-track" as "dual", "track" and, at the position of "dual", the joined "dualtrack"; "dual
 * track" has no joined form, and "dualtrack" written as one word has no parts. So for each compound
 * the phrase writes with a hyphen there are the spaced and the joined spellings, and for each pair
 * of words it writes apart, the hyphenated and the joined ones (looked for only when the index
 * knows the joined word at all).
 */
final class HyphenForms {
  /** One spelling: the query matching it, the words to find it by in a paragraph, its display. */
  record Form(Query query, List<String> words, String display) {}

  private HyphenForms() {}

  /** The phrase's exact query: its words at consecutive positions. */
  static PhraseQuery phrase(List<String> words) {
    return new PhraseQuery(Schema.TEXT_EXACT, words.toArray(String[]::new));
  }

  static List<Form> of(PhraseTokens phrase, IndexReader reader) throws IOException {
    List<String> words = phrase.words();
    boolean[] seams = phrase.hyphenated();
    List<Form> forms = new ArrayList<>();
    int i = 0;
    while (i < seams.length) {
      int end = i;
      boolean written = seams[i];
      if (written) {
        while (end < seams.length && seams[end]) {
          end++;
        }
      } else {
        end = i + 1;
      }
      // Words i..end form the compound (written) or the pair (apart).
      String joined = String.join("", words.subList(i, end + 1));
      boolean letters = joined.chars().allMatch(Character::isLetter);
      if (letters && (written || reader.docFreq(new Term(Schema.TEXT_EXACT, joined)) > 0)) {
        Query hyphenated = withJoined(words, i, joined);
        if (written) {
          Query spaced =
              new BooleanQuery.Builder()
                  .add(phrase(words), BooleanClause.Occur.MUST)
                  .add(hyphenated, BooleanClause.Occur.MUST_NOT)
                  .build();
          forms.add(new Form(spaced, words, display(phrase, i, end, " ")));
        } else {
          forms.add(new Form(hyphenated, words, display(phrase, i, end, "-")));
        }
        List<String> oneWord = new ArrayList<>(words.subList(0, i));
        oneWord.add(joined);
        oneWord.addAll(words.subList(end + 1, words.size()));
        forms.add(new Form(phrase(oneWord), oneWord, display(phrase, i, end, "")));
      }
      i = written ? end : i + 1;
    }
    return forms;
  }

  /** The phrase with {@code joined} also at position {@code at}: only its hyphenated writing. */
  private static Query withJoined(List<String> words, int at, String joined) {
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int k = 0; k < words.size(); k++) {
      b.add(new Term(Schema.TEXT_EXACT, words.get(k)), k);
      if (k == at) {
        b.add(new Term(Schema.TEXT_EXACT, joined), k);
      }
    }
    return b.build();
  }

  /** The phrase with the seams from {@code first} to {@code last} written with {@code seam}. */
  private static String display(PhraseTokens phrase, int first, int last, String seam) {
    StringBuilder out = new StringBuilder(phrase.words().get(0));
    for (int k = 1; k < phrase.words().size(); k++) {
      boolean inside = k - 1 >= first && k - 1 < last;
      String sep = inside ? seam : phrase.hyphenated()[k - 1] ? "-" : " ";
      out.append(sep).append(phrase.words().get(k));
    }
    return out.toString();
  }
}
