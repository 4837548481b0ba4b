package org.parley.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A topic rule compiled from its Lucene query into a test over a paragraph's term positions, with
 * Lucene's matching semantics: terms, synonyms, exact phrases (including multi-term positions) and
 * boolean combinations are evaluated directly; anything else (prefixes, wildcards, fuzzy terms,
 * sloppy phrases, ranges) runs the original query against a one-paragraph memory index. Direct
 * evaluation is what makes tagging cheap: no per-paragraph index, no query planning.
 */
sealed interface RuleMatcher {
  boolean matches(ParagraphTerms paragraph);

  /** Compiles {@code query} over {@code field}, registering its terms in {@code vocabulary}. */
  static RuleMatcher compile(Query query, String field, RuleVocabulary vocabulary) {
    return switch (query) {
      case BoostQuery boost -> compile(boost.getQuery(), field, vocabulary);
      case ConstantScoreQuery constant -> compile(constant.getQuery(), field, vocabulary);
      case MatchAllDocsQuery all -> new Constant(true);
      case MatchNoDocsQuery none -> new Constant(false);
      case TermQuery term -> anyOf(List.of(term.getTerm()), field, vocabulary);
      case SynonymQuery synonyms -> anyOf(synonyms.getTerms(), field, vocabulary);
      case PhraseQuery phrase when phrase.getSlop() == 0 -> phrase(phrase, field, vocabulary);
      case MultiPhraseQuery phrase when phrase.getSlop() == 0 ->
          multiPhrase(phrase, field, vocabulary);
      case BooleanQuery bool -> bool(bool, field, vocabulary);
      default -> new ViaMemoryIndex(query);
    };
  }

  private static RuleMatcher anyOf(List<Term> terms, String field, RuleVocabulary vocabulary) {
    int[] ids = ids(terms.toArray(Term[]::new), field, vocabulary);
    return ids.length == 0 ? new Constant(false) : new AnyTerm(ids);
  }

  private static RuleMatcher phrase(PhraseQuery phrase, String field, RuleVocabulary vocabulary) {
    Term[] terms = phrase.getTerms();
    int[][] alternatives = new int[terms.length][];
    for (int i = 0; i < terms.length; i++) {
      alternatives[i] = ids(new Term[] {terms[i]}, field, vocabulary);
    }
    return exactPhrase(alternatives, phrase.getPositions());
  }

  private static RuleMatcher multiPhrase(
      MultiPhraseQuery phrase, String field, RuleVocabulary vocabulary) {
    Term[][] terms = phrase.getTermArrays();
    int[][] alternatives = new int[terms.length][];
    for (int i = 0; i < terms.length; i++) {
      alternatives[i] = ids(terms[i], field, vocabulary);
    }
    return exactPhrase(alternatives, phrase.getPositions());
  }

  private static RuleMatcher exactPhrase(int[][] alternatives, int[] positions) {
    if (alternatives.length == 0) {
      return new Constant(false);
    }
    for (int[] ids : alternatives) {
      if (ids.length == 0) {
        return new Constant(false); // a position no term of the field can fill
      }
    }
    return alternatives.length == 1
        ? new AnyTerm(alternatives[0])
        : new ExactPhrase(alternatives, positions.clone());
  }

  private static RuleMatcher bool(BooleanQuery bool, String field, RuleVocabulary vocabulary) {
    List<RuleMatcher> required = new ArrayList<>();
    List<RuleMatcher> optional = new ArrayList<>();
    List<RuleMatcher> prohibited = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      RuleMatcher sub = compile(clause.query(), field, vocabulary);
      switch (clause.occur()) {
        case MUST, FILTER -> required.add(sub);
        case SHOULD -> optional.add(sub);
        case MUST_NOT -> prohibited.add(sub);
      }
    }
    int minShould = bool.getMinimumNumberShouldMatch();
    if (required.isEmpty() && minShould == 0) {
      // Without required clauses, a document must match at least one optional clause.
      minShould = 1;
    }
    return new Bool(
        required.toArray(RuleMatcher[]::new),
        optional.toArray(RuleMatcher[]::new),
        prohibited.toArray(RuleMatcher[]::new),
        minShould);
  }

  /** Ids of the terms in {@code field}; a term of another field can never match a paragraph. */
  private static int[] ids(Term[] terms, String field, RuleVocabulary vocabulary) {
    return java.util.Arrays.stream(terms)
        .filter(t -> t.field().equals(field))
        .mapToInt(t -> vocabulary.idOf(t.text()))
        .distinct()
        .toArray();
  }

  record Constant(boolean value) implements RuleMatcher {
    @Override
    public boolean matches(ParagraphTerms paragraph) {
      return value;
    }
  }

  record AnyTerm(int[] ids) implements RuleMatcher {
    @Override
    public boolean matches(ParagraphTerms paragraph) {
      for (int id : ids) {
        if (paragraph.contains(id)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Terms (any of several at each place) at fixed relative positions, as an exact phrase. */
  record ExactPhrase(int[][] alternatives, int[] positions) implements RuleMatcher {
    @Override
    public boolean matches(ParagraphTerms paragraph) {
      for (int first : alternatives[0]) {
        for (int i = 0, n = paragraph.count(first); i < n; i++) {
          int base = paragraph.position(first, i) - positions[0];
          if (restFollows(paragraph, base)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean restFollows(ParagraphTerms paragraph, int base) {
      for (int k = 1; k < alternatives.length; k++) {
        if (!anyAt(paragraph, alternatives[k], base + positions[k])) {
          return false;
        }
      }
      return true;
    }

    private static boolean anyAt(ParagraphTerms paragraph, int[] ids, int position) {
      for (int id : ids) {
        if (paragraph.hasAt(id, position)) {
          return true;
        }
      }
      return false;
    }
  }

  record Bool(
      RuleMatcher[] required, RuleMatcher[] optional, RuleMatcher[] prohibited, int minShould)
      implements RuleMatcher {
    @Override
    public boolean matches(ParagraphTerms paragraph) {
      if (required.length == 0 && optional.length == 0) {
        return false; // only prohibited clauses (or none): Lucene matches nothing
      }
      for (RuleMatcher m : required) {
        if (!m.matches(paragraph)) {
          return false;
        }
      }
      for (RuleMatcher m : prohibited) {
        if (m.matches(paragraph)) {
          return false;
        }
      }
      if (minShould == 0) {
        return true;
      }
      int matched = 0;
      for (int i = 0; i < optional.length && matched < minShould; i++) {
        if (optional[i].matches(paragraph)) {
          matched++;
        }
      }
      return matched >= minShould;
    }
  }

  /** The query as Lucene runs it, on the paragraph's memory index (built once, on first need). */
  record ViaMemoryIndex(Query query) implements RuleMatcher {
    @Override
    public boolean matches(ParagraphTerms paragraph) {
      try {
        return paragraph.memoryIndex().count(query) > 0;
      } catch (IOException e) {
        throw new UncheckedIOException("a memory index cannot fail to read", e);
      }
    }
  }
}
