package org.parley.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.parley.config.ConfigException;
import org.parley.config.TopicDefinition;
import org.parley.config.TopicsConfig;

/**
 * Tags paragraphs with topics. Each topic's rules are parsed once into Lucene queries with the
 * search-time analyzer and evaluated against a one-paragraph {@link MemoryIndex} built with the
 * index-time analyzer, so a rule matches exactly what a search for it would. Thread-safe: every
 * call builds its own memory index.
 */
public final class TopicTagger {
  private final String field;
  private final Analyzer indexAnalyzer;
  private final List<CompiledTopic> topics;

  /**
   * A parsed rule and the terms it can match on. A paragraph holding none of them cannot match, so
   * the rule is not run: most paragraphs carry few topics, and this skips most rule runs. {@code
   * null} terms means "always run" (the rule has a prefix or another multi-term part).
   */
  private record Rule(Query query, List<Term> terms) {}

  private record CompiledTopic(String name, List<Rule> rules) {}

  private TopicTagger(String field, Analyzer indexAnalyzer, List<CompiledTopic> topics) {
    this.field = field;
    this.indexAnalyzer = indexAnalyzer;
    this.topics = topics;
  }

  /**
   * Parses every rule; the first that does not parse fails with a {@link ConfigException} naming
   * the file, the topic, the rule and the problem, before any indexing starts.
   *
   * @param field the text field rules are written against
   * @param queryAnalyzer the analyzer searches use on {@code field}
   * @param indexAnalyzer the analyzer indexing uses on {@code field}
   */
  public static TopicTagger compile(
      TopicsConfig config, String field, Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
    List<CompiledTopic> compiled = new ArrayList<>();
    for (int t = 0; t < config.topics().size(); t++) {
      TopicDefinition topic = config.topics().get(t);
      List<Rule> rules = new ArrayList<>();
      for (int r = 0; r < topic.rules().size(); r++) {
        String rule = topic.rules().get(r);
        QueryParser parser = new QueryParser(field, queryAnalyzer);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
          rules.add(withTerms(parser.parse(rule)));
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
          throw new ConfigException(
              "topics.yaml: topics[%d].rules[%d] (topic '%s'): cannot parse '%s': %s"
                  .formatted(t, r, topic.name(), rule, firstLine(e.getMessage())),
              e);
        }
      }
      compiled.add(new CompiledTopic(topic.name(), List.copyOf(rules)));
    }
    return new TopicTagger(field, indexAnalyzer, List.copyOf(compiled));
  }

  /** The topics whose rules match {@code text}, in config order, after {@code preset} ones. */
  public List<String> tag(String text, List<String> preset) {
    Set<String> result = new LinkedHashSet<>(preset);
    if (topics.isEmpty()) {
      return List.copyOf(result);
    }
    MemoryIndex memory = new MemoryIndex();
    memory.addField(field, text, indexAnalyzer);
    IndexSearcher searcher = memory.createSearcher();
    try {
      Terms terms = searcher.getIndexReader().leaves().get(0).reader().terms(field);
      TermsEnum present = terms == null ? null : terms.iterator();
      for (CompiledTopic topic : topics) {
        for (Rule rule : topic.rules()) {
          if (mayMatch(rule, present) && searcher.count(rule.query()) > 0) {
            result.add(topic.name());
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("memory index cannot fail to read", e);
    }
    return List.copyOf(result);
  }

  private static boolean mayMatch(Rule rule, TermsEnum present) throws IOException {
    if (rule.terms() == null) {
      return true;
    }
    if (present == null) {
      return false;
    }
    for (Term term : rule.terms()) {
      if (present.seekExact(term.bytes())) {
        return true;
      }
    }
    return false;
  }

  private static Rule withTerms(Query query) {
    Set<Term> terms = new HashSet<>();
    boolean[] multiTerm = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... ts) {
            terms.addAll(Arrays.asList(ts));
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
            multiTerm[0] = true;
          }

          @Override
          public void visitLeaf(Query q) {
            multiTerm[0] = true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return new Rule(query, multiTerm[0] ? null : List.copyOf(terms));
  }

  /** Topic names in config order. */
  public List<String> names() {
    return topics.stream().map(CompiledTopic::name).toList();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid syntax";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
