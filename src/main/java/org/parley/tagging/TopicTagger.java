package org.parley.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.parley.analysis.CapturedTokens;
import org.parley.config.ConfigException;
import org.parley.config.TopicDefinition;
import org.parley.config.TopicsConfig;

/**
 * Tags paragraphs with topics. Each topic's rules are parsed once into Lucene queries with the
 * search-time analyzer, so a rule means exactly what a search for it would, and compiled into
 * {@link RuleMatcher}s that run over the paragraph's index-time tokens. Thread-safe: the compiled
 * rules are immutable and each call keeps its paragraph's terms to itself.
 */
public final class TopicTagger {
  private final String field;
  private final Analyzer indexAnalyzer;
  private final RuleVocabulary vocabulary;
  private final List<CompiledTopic> topics;

  private record CompiledTopic(String name, List<RuleMatcher> rules) {}

  private TopicTagger(
      String field, Analyzer indexAnalyzer, RuleVocabulary vocabulary, List<CompiledTopic> topics) {
    this.field = field;
    this.indexAnalyzer = indexAnalyzer;
    this.vocabulary = vocabulary;
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
    RuleVocabulary vocabulary = new RuleVocabulary();
    List<CompiledTopic> compiled = new ArrayList<>();
    for (int t = 0; t < config.topics().size(); t++) {
      TopicDefinition topic = config.topics().get(t);
      List<RuleMatcher> rules = new ArrayList<>();
      for (int r = 0; r < topic.rules().size(); r++) {
        String rule = topic.rules().get(r);
        QueryParser parser = new QueryParser(field, queryAnalyzer);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
          rules.add(RuleMatcher.compile(parser.parse(rule), field, vocabulary));
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
          throw new ConfigException(
              "topics.yaml: topics[%d].rules[%d] (topic '%s'): cannot parse '%s': %s"
                  .formatted(t, r, topic.name(), rule, firstLine(e.getMessage())),
              e);
        }
      }
      compiled.add(new CompiledTopic(topic.name(), List.copyOf(rules)));
    }
    return new TopicTagger(field, indexAnalyzer, vocabulary, List.copyOf(compiled));
  }

  /** The topics whose rules match {@code text}, in config order, after {@code preset} ones. */
  public List<String> tag(String text, List<String> preset) {
    return tag(CapturedTokens.capture(indexAnalyzer, field, text), preset);
  }

  /**
   * The topics whose rules match a paragraph already analysed with the index-time analyzer of the
   * rules' field, in config order, after {@code preset} ones.
   */
  public List<String> tag(CapturedTokens tokens, List<String> preset) {
    if (topics.isEmpty()) {
      return List.copyOf(new LinkedHashSet<>(preset));
    }
    ParagraphTerms paragraph = new ParagraphTerms(vocabulary, tokens, field);
    Set<String> result = new LinkedHashSet<>(preset);
    for (CompiledTopic topic : topics) {
      for (RuleMatcher rule : topic.rules()) {
        if (rule.matches(paragraph)) {
          result.add(topic.name());
          break;
        }
      }
    }
    return List.copyOf(result);
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
