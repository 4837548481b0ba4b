package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.parley.analysis.AcronymTable;
import org.parley.index.Schema;

/**
 * The forms one typed word is looked up in, decided with the index's own vocabulary rather than
 * word lists:
 *
 * <ul>
 *   <li>its analysed form in each text field (stemmed, exact, speaker names), with synonyms;
 *   <li>a hyphenated word ("de-confliction") as a phrase, and as the joined word where the index
 *       has it (the index holds the joined form of every hyphenated word it saw);
 *   <li>a long word ("cyberattack") also as two words ("cyber attack") when the index has both
 *       halves and the word itself is rarer than either, split where the rarer half is most common;
 *   <li>two adjacent words ("peace keeping") also as one ("peacekeeping") when the index has it;
 *   <li>an acronym ("JCPOA") also as the phrases it stands for, curated or defined in the corpus.
 * </ul>
 *
 * Every widening is recorded as an {@link Expansion} so the response can say what applied.
 */
final class WordVariants {
  private static final Pattern COMPOUND =
      Pattern.compile("[\\p{L}\\p{N}]+([-\u2010\u2011/'.][\\p{L}\\p{N}]+)+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /** Shortest half of a split word ("cyber" + "attack"); shorter halves are mostly prefixes. */
  private static final int MIN_SPLIT_PART = 4;

  /**
   * Suffixes that make one family of words from one stem, beyond what the stemmer conflates: places
   * and their people and adjectives (Russia, Russian; Ukraine, Ukrainian; China, Chinese; Iraq,
   * Iraqi), -acy nouns (diplomacy, diplomat, diplomatic; democracy, democratic), -ary adjectives
   * and adverbs (military, militarily), -ation verbs (escalation, escalate, escalatory), -ism
   * (terrorism, terrorist), -y/-ic (economy, economic; strategy, strategic).
   */
  private static final List<List<String>> SUFFIX_FAMILIES =
      List.of(
          List.of("", "a", "e", "n", "an", "ian", "ese", "ean", "i"),
          List.of("acy", "at", "ats", "atic", "atically"),
          List.of("ary", "arily"),
          List.of("ation", "ate", "atory", "ative"),
          List.of("ism", "ist", "ists", ""),
          List.of("y", "ic", "ical", "ically"));

  /** Shortest stem a family is built on; shorter ones join unrelated words. */
  private static final int MIN_FAMILY_ROOT = 4;

  /** A related form must be in this many paragraphs: a stray token ("japa") is no family. */
  private static final int MIN_FAMILY_FREQ = 3;

  /** A related form scores below the word as typed. */
  private static final float RELATED_FORM_WEIGHT = 0.6f;

  /** A lower-case word in fewer paragraphs than this share may be an acronym typed lazily. */
  private static final double RARE_SHARE = 0.002;

  private final QueryBuilder builder;
  private final Analyzer analyzer;
  private final IndexReader reader;
  private final AcronymTable acronyms;
  private final List<Expansion> expansions;

  WordVariants(
      QueryBuilder builder,
      Analyzer analyzer,
      IndexReader reader,
      AcronymTable acronyms,
      List<Expansion> expansions) {
    this.builder = builder;
    this.analyzer = analyzer;
    this.reader = reader;
    this.acronyms = acronyms;
    this.expansions = expansions;
  }

  /** Adds to {@code b} every form {@code word} is looked up in. */
  void word(String word, BooleanQuery.Builder b) {
    boolean compound = COMPOUND.matcher(word).matches();
    for (Map.Entry<String, Float> field : QueryFactory.wordFieldWeights().entrySet()) {
      Query q =
          compound
              ? builder.createPhraseQuery(field.getKey(), word)
              : builder.createBooleanQuery(field.getKey(), word);
      if (q != null) {
        b.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
      }
    }
    if (compound) {
      String joined = word.replaceAll("[-\u2010\u2011/'.]", "");
      if (LETTERS.matcher(joined).matches() && inVocabulary(joined)) {
        addText(joined, b);
        expansions.add(new Expansion(word, joined, "compound"));
      }
    } else if (LETTERS.matcher(word).matches()) {
      split(word, b);
      relatedForms(word, b);
    }
    List<AcronymTable.Entry> longForms =
        looksLikeAcronym(word) ? acronyms.lookup(word) : List.<AcronymTable.Entry>of();
    for (AcronymTable.Entry entry : longForms) {
      Query q = builder.createPhraseQuery(Schema.TEXT, entry.longForm());
      if (q != null && !entry.longForm().equalsIgnoreCase(word)) {
        b.add(q, BooleanClause.Occur.SHOULD);
        expansions.add(new Expansion(word, entry.longForm(), entry.source()));
      }
    }
  }

  /**
   * Adds the joined form of each pair of adjacent plain words to both words' queries, so a
   * paragraph that writes them as one word has both.
   */
  void addJoins(List<UserQuery.Clause> clauses, List<BooleanQuery.Builder> parts) {
    for (int i = 0; i + 1 < clauses.size(); i++) {
      if (clauses.get(i).occur() == UserQuery.Occur.EXCLUDED
          || clauses.get(i + 1).occur() == UserQuery.Occur.EXCLUDED
          || !(clauses.get(i).node() instanceof UserQuery.Word a)
          || !(clauses.get(i + 1).node() instanceof UserQuery.Word b)
          || !LETTERS.matcher(a.text()).matches()
          || !LETTERS.matcher(b.text()).matches()) {
        continue;
      }
      String joined = a.text() + b.text();
      if (inVocabulary(joined)) {
        addText(joined, parts.get(i));
        addText(joined, parts.get(i + 1));
        expansions.add(new Expansion(a.text() + " " + b.text(), joined, "compound"));
      }
    }
  }

  /**
   * "JCPOA", "eFP", "G7" are typed as acronyms; "who" or "start" are words unless they are rare in
   * the corpus ("jcpoa" typed in lower case still expands).
   */
  private boolean looksLikeAcronym(String word) {
    long upper = word.chars().filter(Character::isUpperCase).count();
    long lower = word.chars().filter(Character::isLowerCase).count();
    if (upper >= 2 || (upper == 1 && lower == 0)) {
      return true;
    }
    int maxDoc = reader.maxDoc();
    return maxDoc > 0 && docFreq(word) < RARE_SHARE * maxDoc;
  }

  /**
   * Whether {@code node} is a word in so many paragraphs that it says little on its own, or a word
   * about speech itself ({@link #ABOUT_SPEECH}).
   */
  boolean isCommon(UserQuery.Node node) {
    if (!(node instanceof UserQuery.Word w) || !LETTERS.matcher(w.text()).matches()) {
      return false;
    }
    if (ABOUT_SPEECH.contains(w.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int maxDoc = reader.maxDoc();
    return maxDoc > 0 && docFreq(w.text()) > QueryFactory.COMMON_SHARE * maxDoc;
  }

  /**
   * Words that describe the statements sought rather than their subject: "what journalists asked
   * about Navalny", "what was said about Kazakhstan". They rank like any word but, like common
   * words, never decide which paragraphs have "every word".
   */
  private static final java.util.Set<String> ABOUT_SPEECH =
      java.util.Set.of(
          "said",
          "say",
          "says",
          "saying",
          "told",
          "asked",
          "ask",
          "asks",
          "question",
          "questions",
          "reporter",
          "reporters",
          "journalist",
          "journalists",
          "interviewer",
          "interviewers",
          "about",
          "what",
          "who",
          "did");

  /**
   * Adds the forms of {@code word}'s family that the index holds and the stemmer does not conflate:
   * Russia and Russian, diplomacy and diplomatic, military and militarily, escalation and
   * escalatory. A family is a stem of at least {@value #MIN_FAMILY_ROOT} letters with suffixes of
   * one {@link #SUFFIX_FAMILIES} set; only forms found in the index are added, at a lower weight
   * than the word itself.
   */
  private void relatedForms(String word, BooleanQuery.Builder b) {
    String exact = normalize(word);
    java.util.Set<String> added = new java.util.TreeSet<>();
    for (List<String> family : SUFFIX_FAMILIES) {
      for (String suffix : family) {
        if (!exact.endsWith(suffix) || exact.length() - suffix.length() < MIN_FAMILY_ROOT) {
          continue;
        }
        String root = exact.substring(0, exact.length() - suffix.length());
        for (String other : family) {
          String form = root + other;
          if (!other.equals(suffix)
              && !bareAndVowel(suffix, other)
              && form.length() > MIN_FAMILY_ROOT
              && !added.contains(form)
              && docFreq(form) >= MIN_FAMILY_FREQ) {
            added.add(form);
          }
        }
      }
    }
    for (String form : added) {
      Query q = builder.createBooleanQuery(Schema.TEXT, form);
      if (q != null) {
        b.add(new BoostQuery(q, RELATED_FORM_WEIGHT), BooleanClause.Occur.SHOULD);
        expansions.add(new Expansion(word, form, "word family"));
      }
    }
  }

  /**
   * A bare stem and the same stem plus "a" or "e" are seldom one family ("plan" and "plane"), while
   * the longer suffixes are (Russia, Russian; Ukraine, Ukrainian).
   */
  private static boolean bareAndVowel(String suffix, String other) {
    return (suffix.isEmpty() && (other.equals("a") || other.equals("e")))
        || (other.isEmpty() && (suffix.equals("a") || suffix.equals("e")));
  }

  private void split(String word, BooleanQuery.Builder b) {
    String exact = normalize(word);
    if (exact.length() < 2 * MIN_SPLIT_PART) {
      return;
    }
    int best = -1;
    int bestFreq = 0;
    for (int at = MIN_SPLIT_PART; at <= exact.length() - MIN_SPLIT_PART; at++) {
      int freq = Math.min(docFreq(exact.substring(0, at)), docFreq(exact.substring(at)));
      if (freq > bestFreq) {
        best = at;
        bestFreq = freq;
      }
    }
    if (best < 0) {
      return;
    }
    String twoWords = exact.substring(0, best) + " " + exact.substring(best);
    Query phrase = builder.createPhraseQuery(Schema.TEXT, twoWords);
    if (phrase != null) {
      b.add(phrase, BooleanClause.Occur.SHOULD);
      expansions.add(new Expansion(word, twoWords, "compound"));
    }
  }

  private void addText(String word, BooleanQuery.Builder b) {
    Query q = builder.createBooleanQuery(Schema.TEXT, word);
    if (q != null) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
  }

  private boolean inVocabulary(String word) {
    return docFreq(word) > 0;
  }

  /** Paragraphs with {@code word} in its exact (unstemmed) form. */
  private int docFreq(String word) {
    try {
      return reader.docFreq(new Term(Schema.TEXT_EXACT, normalize(word)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String normalize(String word) {
    return analyzer.normalize(Schema.TEXT_EXACT, word).utf8ToString().toLowerCase(Locale.ROOT);
  }
}
