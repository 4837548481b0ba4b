package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.parley.analysis.AcronymTable;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.index.Schema;

/**
 * Turns a {@link SearchRequest} into Lucene queries: the user's text (lenient syntax, never a parse
 * error) and the filters, kept apart so facets can leave one filter out (disjunctive counts).
 *
 * <p>Text, in the spirit of Elasticsearch's {@code minimum_should_match} and Meilisearch's matching
 * strategies: plain words are soft, so a paragraph needs only some of them, but paragraphs with
 * every word that counts come first, then those with most of them (each word matched adds a
 * constant larger than any BM25 score), and BM25 orders paragraphs with as many words. A word in
 * more than {@value #COMMON_SHARE} of the paragraphs ("said", "what") ranks but does not count.
 * Quoted phrases, {@code +word} and {@code AND} are required, {@code -word} excluded. Each word
 * matches the stemmed text and the speaker's name (a phrase also its unstemmed twin, an extra score
 * for the exact form), and is widened by {@link WordVariants} (compounds joined or split,
 * acronyms). A sloppy phrase of the plain words ranks paragraphs where they stand close together
 * higher.
 */
public final class QueryFactory {
  /** Weights of the fields each phrase is looked up in. */
  private static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(Schema.TEXT, 1.0f, Schema.TEXT_EXACT, 0.3f, Schema.SPEAKER_TEXT, 0.8f);

  /**
   * Weights of the fields each plain word is looked up in: not the exact-form field. NOTE: its
   * postings are as long as the stemmed field's, so it cost a third of a word's scoring, and {@code
   * parley eval} ranks better without it (nDCG@10 0.709 with it, 0.713 without; README,
   * "Relevance"). Word variants still consult its vocabulary.
   */
  private static final Map<String, Float> WORD_FIELD_WEIGHTS =
      Map.of(Schema.TEXT, 1.0f, Schema.SPEAKER_TEXT, 0.8f);

  private static final int PROXIMITY_SLOP = 6;
  private static final float PROXIMITY_BOOST = 0.5f;

  /** Share of paragraphs above which a word is too common to count towards "every word". */
  static final double COMMON_SHARE = 0.05;

  /** Per word that counts: larger than any BM25 score, so each word matched is a tier. */
  static final float WORD_TIER = 1000f;

  /**
   * BM25 with Anserini's defaults for passages (k1 0.9, b 0.4) rather than Lucene's (1.2, 0.75):
   * paragraphs are short, so a repeated word and a long paragraph should weigh less. Measured with
   * {@code parley eval}: nDCG@10 0.690 with Lucene's, 0.705 with these (README, "Relevance").
   */
  public static final Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);

  /** A prefix that expands to more terms than this is refused (400) instead of run. */
  public static final int MAX_PREFIX_EXPANSIONS = 20_000;

  private final Analyzer queryAnalyzer;
  private final QueryBuilder builder;
  private final AcronymTable acronyms;

  public QueryFactory(ParleyAnalyzers analyzers) {
    this(analyzers, AcronymTable.EMPTY);
  }

  /**
   * @param acronyms the curated acronyms of {@code index-config/}; each generation adds those its
   *     corpus defines
   */
  public QueryFactory(ParleyAnalyzers analyzers, AcronymTable acronyms) {
    this.queryAnalyzer = analyzers.forQueries(Schema.TEXT, Schema.TEXT_EXACT);
    this.builder = new QueryBuilder(queryAnalyzer);
    // "NRC" expands to the phrase "NATO-Russia Council", not to three loose words.
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.acronyms = acronyms;
  }

  /** The curated acronyms merged with one generation's, kept while that generation serves. */
  private record MergedAcronyms(AcronymTable learned, AcronymTable merged) {}

  private volatile MergedAcronyms lastMerged = new MergedAcronyms(AcronymTable.EMPTY, null);

  /**
   * NOTE: merging the tables costs more than building most queries; every request of a generation
   * passes the same learned table, so the merge is done once per generation.
   */
  private AcronymTable acronymsWith(AcronymTable learned) {
    MergedAcronyms last = lastMerged;
    if (last.learned() == learned && last.merged() != null) {
      return last.merged();
    }
    AcronymTable merged = acronyms.with(learned);
    lastMerged = new MergedAcronyms(learned, merged);
    return merged;
  }

  /** The analyzer queries are built with (also what highlighting needs). */
  public Analyzer analyzer() {
    return queryAnalyzer;
  }

  /** The scoring part of the query, for a reader without corpus-defined acronyms. */
  public Query textQuery(String text, IndexReader reader) {
    return build(text, reader, AcronymTable.EMPTY).query();
  }

  /**
   * The text query for {@code text} over {@code reader}'s vocabulary; a {@link MatchAllDocsQuery}
   * for blank text.
   *
   * @param learned acronyms the generation's corpus defines, beside the curated ones
   */
  public TextQuery build(String text, IndexReader reader, AcronymTable learned) {
    if (text == null || text.isBlank()) {
      return matchAll();
    }
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "q", "q must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    UserQuery user = UserQuery.parse(text);
    if (user.clauses().isEmpty()) {
      return matchAll();
    }
    List<Expansion> expansions = new ArrayList<>();
    WordVariants variants =
        new WordVariants(builder, queryAnalyzer, reader, acronymsWith(learned), expansions);
    List<UserQuery.Clause> top = user.clauses();
    List<BooleanQuery.Builder> parts = new ArrayList<>();
    for (UserQuery.Clause clause : top) {
      parts.add(node(clause.node(), variants));
    }
    variants.addJoins(top, parts);
    List<Query> built = new ArrayList<>();
    List<Boolean> common = new ArrayList<>();
    // When every soft word is common ("Russia Ukraine" in a corpus about them), all of them count.
    boolean anySoftRare = false;
    for (int i = 0; i < top.size(); i++) {
      BooleanQuery q = parts.get(i).build();
      // A clause of punctuation only matches nothing and is left out.
      boolean isCommon = !q.clauses().isEmpty() && variants.isCommon(top.get(i).node());
      built.add(q.clauses().isEmpty() ? null : q);
      common.add(isCommon);
      if (!q.clauses().isEmpty() && top.get(i).occur() == UserQuery.Occur.SOFT && !isCommon) {
        anySoftRare = true;
      }
    }
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<TextQuery.Clause> clauses = new ArrayList<>();
    List<String> plainWords = new ArrayList<>();
    int soft = 0;
    int positive = 0;
    for (int i = 0; i < top.size(); i++) {
      UserQuery.Clause clause = top.get(i);
      Query q = built.get(i);
      if (q == null) {
        continue;
      }
      switch (clause.occur()) {
        case EXCLUDED -> {
          main.add(q, BooleanClause.Occur.MUST_NOT);
          all.add(q, BooleanClause.Occur.MUST_NOT);
        }
        case REQUIRED -> {
          main.add(q, BooleanClause.Occur.MUST);
          all.add(q, BooleanClause.Occur.MUST);
          clauses.add(new TextQuery.Clause(UserQuery.describe(clause.node()), q, true, true));
          positive++;
        }
        case SOFT -> {
          boolean counts = !anySoftRare || !common.get(i);
          main.add(counts ? tiered(q) : q, BooleanClause.Occur.SHOULD);
          clauses.add(new TextQuery.Clause(UserQuery.describe(clause.node()), q, false, counts));
          if (clause.node() instanceof UserQuery.Word w) {
            plainWords.add(w.text());
          }
          soft++;
          positive++;
        }
      }
    }
    if (positive == 0) {
      // Only exclusions ("-ukraine"): everything except, as people expect.
      main.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      return new TextQuery(main.build(), null, List.of(), expansions);
    }
    Query allWords = null;
    if (soft >= 2 || (soft == 1 && positive > 1)) {
      for (TextQuery.Clause c : clauses) {
        if (!c.required() && c.counts()) {
          all.add(c.query(), BooleanClause.Occur.MUST);
        }
      }
      allWords = all.build();
    }
    Query proximity = proximity(plainWords);
    if (proximity != null) {
      main.add(proximity, BooleanClause.Occur.SHOULD);
    }
    if (soft > 0 && positive == soft) {
      main.setMinimumNumberShouldMatch(1);
    }
    return new TextQuery(main.build(), allWords, clauses, expansions);
  }

  /**
   * {@code clause} plus a constant {@value #WORD_TIER} when it matches: larger than any BM25 score
   * a paragraph gets, so paragraphs rank by how many of the words that count they have, then by
   * BM25 (Meilisearch's "words" rule before relevance).
   */
  private static Query tiered(Query clause) {
    return new TieredQuery(clause, WORD_TIER);
  }

  private static TextQuery matchAll() {
    return new TextQuery(new MatchAllDocsQuery(), null, List.of(), List.of());
  }

  /** The query of one node, as a builder so that joined compounds can still be added to it. */
  private BooleanQuery.Builder node(UserQuery.Node node, WordVariants variants) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    switch (node) {
      case UserQuery.Word w -> variants.word(w.text(), b);
      case UserQuery.Phrase p -> {
        for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
          Query q = builder.createPhraseQuery(field.getKey(), p.text());
          if (q != null) {
            b.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
          }
        }
      }
      case UserQuery.Prefix p -> prefix(p.text(), b);
      case UserQuery.AnyOf any -> {
        for (UserQuery.Node option : any.options()) {
          BooleanQuery q = node(option, variants).build();
          if (!q.clauses().isEmpty()) {
            b.add(q, BooleanClause.Occur.SHOULD);
          }
        }
      }
      case UserQuery.Group g -> {
        // Inside parentheses the user writes Boolean logic: every plain word is required.
        BooleanQuery.Builder inner = new BooleanQuery.Builder();
        int positive = 0;
        for (UserQuery.Clause c : g.clauses()) {
          BooleanQuery q = node(c.node(), variants).build();
          if (q.clauses().isEmpty()) {
            continue;
          }
          boolean excluded = c.occur() == UserQuery.Occur.EXCLUDED;
          inner.add(q, excluded ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.MUST);
          positive += excluded ? 0 : 1;
        }
        if (positive == 0) {
          inner.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        b.add(inner.build(), BooleanClause.Occur.SHOULD);
      }
    }
    return b;
  }

  /** Prefixes run on the text fields only, never on speakers. */
  private void prefix(String text, BooleanQuery.Builder b) {
    for (String field : List.of(Schema.TEXT, Schema.TEXT_EXACT)) {
      String normalized = queryAnalyzer.normalize(field, text).utf8ToString();
      Query q = new PrefixQuery(new Term(field, normalized));
      b.add(new BoostQuery(q, FIELD_WEIGHTS.get(field)), BooleanClause.Occur.SHOULD);
    }
  }

  /** The weighted fields a plain word is looked up in. */
  static Map<String, Float> wordFieldWeights() {
    return WORD_FIELD_WEIGHTS;
  }

  /**
   * The filters of the request, except {@code leaveOut} (for that facet's disjunctive count);
   * {@code null} when there are none.
   */
  public Query filters(SearchRequest request, FacetField leaveOut) {
    BooleanQuery.Builder filters = new BooleanQuery.Builder();
    int count = 0;
    count += addTerms(filters, Schema.SPEAKER, request.speakers(), leaveOut != FacetField.SPEAKER);
    count += addTerms(filters, Schema.TOPIC, request.topics(), leaveOut != FacetField.TOPIC);
    count += addTerms(filters, Schema.ROLE, request.roles(), leaveOut != FacetField.ROLE);
    count += addTerms(filters, Schema.DOC_ID, request.docs(), true);
    String kind =
        switch (request.scope()) {
          case QUESTIONS -> Schema.KIND_QUESTION;
          case ANSWERS -> Schema.KIND_ANSWER;
          case ALL -> null;
        };
    if (kind != null) {
      filters.add(new TermQuery(new Term(Schema.KIND, kind)), BooleanClause.Occur.FILTER);
      count++;
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      filters.add(LongPoint.newRangeQuery(Schema.DATE, from, to), BooleanClause.Occur.FILTER);
      count++;
    }
    return count == 0 ? null : filters.build();
  }

  /** Text and filters together. */
  public static Query combine(Query text, Query filters) {
    if (filters == null) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(filters, BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Refuses prefixes that would expand to too many terms, before the search runs: cheap to count
   * (stops at the limit), expensive to run.
   */
  public static void checkExpansions(IndexSearcher searcher, Query query) throws IOException {
    Set<PrefixQuery> prefixes = new java.util.HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void visitLeaf(Query leaf) {
            if (leaf instanceof PrefixQuery prefix) {
              prefixes.add(prefix);
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    for (PrefixQuery prefix : prefixes) {
      long expansions = 0;
      Term term = prefix.getPrefix();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
          continue;
        }
        TermsEnum te = prefix.getCompiled().getTermsEnum(terms);
        while (te.next() != null) {
          if (++expansions > MAX_PREFIX_EXPANSIONS) {
            throw new InvalidRequestException(
                "q", "a prefix matches too many words; type a few more letters before '*'");
          }
        }
      }
    }
  }

  private static int addTerms(
      BooleanQuery.Builder filters, String field, List<String> values, boolean include) {
    if (!include || values.isEmpty()) {
      return 0;
    }
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    filters.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
    return 1;
  }

  private Query proximity(List<String> words) {
    if (words.size() < 2) {
      return null;
    }
    Query phrase =
        new QueryBuilder(queryAnalyzer)
            .createPhraseQuery(Schema.TEXT, String.join(" ", words), PROXIMITY_SLOP);
    return phrase == null ? null : new BoostQuery(phrase, PROXIMITY_BOOST);
  }
}
