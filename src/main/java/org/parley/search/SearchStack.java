package org.parley.search;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.analysis.AcronymTable;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.IndexGenerations;

/**
 * Everything needed to answer queries over one index folder, opened together and closed together:
 * the analyzers, the generation-switching searcher manager, and the services on top.
 */
public final class SearchStack implements AutoCloseable {
  /** Curated acronyms in {@code index-config/}; each generation adds those its corpus defines. */
  public static final String ACRONYMS_FILE = "acronyms.txt";

  private final ParleyAnalyzers analyzers;
  private final GenerationSearcherManager searchers;
  private final SearchService search;
  private final BrowseService browse;
  private final PhraseService phrases;

  private SearchStack(
      ParleyAnalyzers analyzers,
      GenerationSearcherManager searchers,
      SearchService search,
      BrowseService browse,
      PhraseService phrases) {
    this.analyzers = analyzers;
    this.searchers = searchers;
    this.search = search;
    this.browse = browse;
    this.phrases = phrases;
  }

  /**
   * Opens the live generation of {@code indexDir}.
   *
   * @param pollMillis how often to look for a new generation; 0 never (one-shot CLI use)
   */
  public static SearchStack open(Path indexDir, ParleyConfig config, long pollMillis)
      throws IOException {
    ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
    try {
      GenerationSearcherManager searchers =
          new GenerationSearcherManager(new IndexGenerations(indexDir), pollMillis);
      QueryFactory queries =
          new QueryFactory(analyzers, AcronymTable.read(config.dir().resolve(ACRONYMS_FILE)));
      return new SearchStack(
          analyzers,
          searchers,
          new SearchService(searchers, queries, config.server().queryTimeoutMs()),
          new BrowseService(searchers, queries),
          new PhraseService(searchers, queries, analyzers));
    } catch (IOException | RuntimeException e) {
      analyzers.close();
      throw e;
    }
  }

  public SearchService search() {
    return search;
  }

  public BrowseService browse() {
    return browse;
  }

  public PhraseService phrases() {
    return phrases;
  }

  public GenerationSearcherManager searchers() {
    return searchers;
  }

  public ParleyAnalyzers analyzers() {
    return analyzers;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      analyzers.close();
    }
  }
}
