package org.parley.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.parley.config.AnalysisConfig;
import org.parley.config.ConfigException;

/**
 * The analyzers built once from {@code index-config/}, shared by indexing, topic tagging and query
 * building so that they never disagree. Field names come from the caller (the index schema), so
 * this package stays free of schema knowledge.
 *
 * @param indexStemmed the searchable text field at index time
 * @param indexExact the unstemmed twin field at index time (boosts the exact form)
 * @param queryStemmed the text field at query time (adds synonyms)
 * @param queryExact the exact field at query time (adds synonyms)
 * @param stems whether {@code indexStemmed} stems ({@code indexExact} never does)
 */
public record ParleyAnalyzers(
    Analyzer indexStemmed,
    Analyzer indexExact,
    Analyzer queryStemmed,
    Analyzer queryExact,
    boolean stems)
    implements AutoCloseable {

  /** Builds the analyzers; synonym and spelling files are read relative to {@code configDir}. */
  public static ParleyAnalyzers build(Path configDir, AnalysisConfig config) {
    SpellingVariants spelling =
        config.spellingVariants() == null || config.spellingVariants().isBlank()
            ? null
            : SpellingVariants.read(configDir.resolve(config.spellingVariants()));
    SynonymMap synonyms = readRules(configDir, config.synonyms(), spelling);
    boolean stem = config.stems();
    return new ParleyAnalyzers(
        new TextAnalyzer(spelling, null, stem, true),
        new TextAnalyzer(spelling, null, false, true),
        new TextAnalyzer(spelling, synonyms, stem, false),
        new TextAnalyzer(spelling, synonyms, false, false),
        stem);
  }

  /**
   * Analyses {@code text} once for both indexed text fields: the exact chain tokenizes it, and the
   * stemmed tokens are the exact ones run through the stemmer. The two index-time chains are the
   * same up to the stemmer, so this equals running each analyzer on its own, at about half the cost
   * (tokenizing dominates analysis).
   */
  public AnalysedText analyse(String text) {
    CapturedTokens exact = CapturedTokens.capture(indexExact, "", text);
    CapturedTokens stemmed =
        stems ? CapturedTokens.capture(new PorterStemFilter(exact.replay())) : exact;
    return new AnalysedText(exact, stemmed);
  }

  /** Index-time analyzer routing {@code stemmedField} and {@code exactField}; others: stemmed. */
  public Analyzer forIndexing(String stemmedField, String exactField) {
    return new PerFieldAnalyzerWrapper(indexStemmed, Map.of(exactField, indexExact));
  }

  /** Query-time analyzer routing {@code stemmedField} and {@code exactField}; others: stemmed. */
  public Analyzer forQueries(String stemmedField, String exactField) {
    return new PerFieldAnalyzerWrapper(queryStemmed, Map.of(exactField, queryExact));
  }

  private static SynonymMap readRules(Path configDir, String fileName, SpellingVariants spelling) {
    if (fileName == null || fileName.isBlank()) {
      return null;
    }
    Path file = configDir.resolve(fileName);
    // Rules are analysed by the chain that runs before them, so entries are written in plain
    // words ("NATO-Russia Council") and still line up with the tokens they must match.
    try (Analyzer ruleAnalyzer = new TextAnalyzer(spelling, null, false, false);
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
      parser.parse(reader);
      return parser.build();
    } catch (ParseException e) {
      throw new ConfigException(
          fileName + ": line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(fileName + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(fileName + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    indexStemmed.close();
    indexExact.close();
    queryStemmed.close();
    queryExact.close();
  }
}
