package org.parley.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.index.Schema;

/**
 * Turns a {@link SearchRequest} into Lucene queries: the user's text (lenient syntax, never a parse
 * error) and the filters, kept apart so facets can leave one filter out (disjunctive counts).
 *
 * <p>Text: every word is required; each word matches the stemmed text, the unstemmed twin (an extra
 * score for the exact form) or the speaker's name. A sloppy phrase of the plain words is an
 * optional clause, so paragraphs where they stand close together rank higher.
 */
public final class QueryFactory {
  /** Weights of the fields each word is looked up in. */
  private static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(Schema.TEXT, 1.0f, Schema.TEXT_EXACT, 0.3f, Schema.SPEAKER_TEXT, 0.8f);

  private static final int PARSER_FLAGS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private static final int PROXIMITY_SLOP = 6;
  private static final float PROXIMITY_BOOST = 0.5f;

  /** A prefix that expands to more terms than this is refused (400) instead of run. */
  public static final int MAX_PREFIX_EXPANSIONS = 20_000;

  private final Analyzer queryAnalyzer;

  public QueryFactory(ParleyAnalyzers analyzers) {
    this.queryAnalyzer = analyzers.forQueries(Schema.TEXT, Schema.TEXT_EXACT);
  }

  /** The analyzer queries are built with (also what highlighting needs). */
  public Analyzer analyzer() {
    return queryAnalyzer;
  }

  /** The scoring part of the query; {@link MatchAllDocsQuery} for blank text. */
  public Query textQuery(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "q", "q must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    UserQueryText user = UserQueryText.of(text);
    if (user.parserText().isBlank()) {
      return new MatchAllDocsQuery();
    }
    Query main = new PrefixAwareParser(queryAnalyzer).parse(user.parserText());
    if (main == null) {
      return new MatchAllDocsQuery();
    }
    main = withPositiveClause(main);
    Query proximity = proximity(user.plainWords());
    if (proximity == null) {
      return main;
    }
    return new BooleanQuery.Builder()
        .add(main, BooleanClause.Occur.MUST)
        .add(proximity, BooleanClause.Occur.SHOULD)
        .build();
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

  /** A query of only negations ("-ukraine") means "everything except", as people expect. */
  private static Query withPositiveClause(Query query) {
    if (query instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    return query;
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

  /** Lucene's lenient parser; prefixes run on the text fields only, never on speakers. */
  private static final class PrefixAwareParser extends SimpleQueryParser {
    private static final Predicate<String> PREFIX_FIELDS =
        f -> f.equals(Schema.TEXT) || f.equals(Schema.TEXT_EXACT);

    PrefixAwareParser(Analyzer analyzer) {
      super(analyzer, FIELD_WEIGHTS, PARSER_FLAGS);
      setDefaultOperator(BooleanClause.Occur.MUST);
      // "NRC" expands to the phrase "NATO-Russia Council", not to three loose words.
      setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    public Query newPrefixQuery(String text) {
      BooleanQuery.Builder bq = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> entry : weights.entrySet()) {
        if (!PREFIX_FIELDS.test(entry.getKey())) {
          continue;
        }
        String normalized = getAnalyzer().normalize(entry.getKey(), text).utf8ToString();
        Query q = new PrefixQuery(new Term(entry.getKey(), normalized));
        bq.add(new BoostQuery(q, entry.getValue()), BooleanClause.Occur.SHOULD);
      }
      return bq.build();
    }
  }
}
