package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.analysis.AcronymTable;
import org.parley.config.ParleyConfig;
import org.parley.search.IndexVocabulary;
import org.parley.search.ParleySearcher;
import org.parley.search.SearchStack;

/**
 * Search texts for the warm-up that the corpus's word lists cannot give: words and names the
 * analysis rewrites or expands (spelling variants, synonyms, acronyms and their long forms), and
 * phrases cut from the generation's own paragraphs, stop words and all.
 *
 * <p>People type these all the time ("EU", "defence", "sphere of influence"), and they take other
 * query paths than plain words: synonym and acronym expansions, phrases with gaps. A warm-up
 * without them leaves those paths cold, and measured on two cores the first such requests after the
 * warm-up threw away compiled code by the hundred and held the server at a third of its speed for
 * seconds.
 */
final class WarmUpTexts {
  /** Entries taken from each configured list, spread over the list. */
  static final int PER_LIST = 6;

  /** Phrases cut from paragraphs. */
  static final int PHRASES = 16;

  private WarmUpTexts() {}

  /**
   * Spelling variants, synonyms and acronyms from the analysis configuration, and the acronyms
   * {@code learned} from the corpus: each word as typed, each long form as a phrase.
   */
  static List<String> configured(ParleyConfig config, AcronymTable learned) throws IOException {
    Set<String> texts = new LinkedHashSet<>();
    if (config.analysis().spellingVariants() != null) {
      for (List<String> terms :
          spread(solrLines(config.dir(), config.analysis().spellingVariants()))) {
        texts.add(terms.get(0));
      }
    }
    if (config.analysis().synonyms() != null) {
      for (List<String> terms : spread(solrLines(config.dir(), config.analysis().synonyms()))) {
        terms.forEach(term -> texts.add(asTyped(term)));
      }
    }
    AcronymTable acronyms =
        AcronymTable.read(config.dir().resolve(SearchStack.ACRONYMS_FILE)).with(learned);
    for (String acronym : spread(acronyms.acronyms())) {
      texts.add(acronym.toUpperCase(Locale.ROOT));
      acronyms.lookup(acronym).stream()
          .findFirst()
          .ifPresent(entry -> texts.add(asTyped(entry.longForm())));
    }
    return List.copyOf(texts);
  }

  /**
   * Up to {@link #PHRASES} runs of three or four words from {@code searcher}'s paragraphs, half of
   * them quoted: real word sequences, with the stop words a phrase search keeps as gaps.
   */
  static List<String> phrases(ParleySearcher searcher) throws IOException {
    List<String> phrases = new ArrayList<>();
    List<String> runs = IndexVocabulary.runs(searcher.getIndexReader(), PHRASES);
    for (int i = 0; i < runs.size(); i++) {
      phrases.add(i % 2 == 0 ? "\"" + runs.get(i) + "\"" : runs.get(i));
    }
    return phrases;
  }

  /** A term of several words is typed as a phrase, one word as is. */
  private static String asTyped(String term) {
    return term.contains(" ") ? "\"" + term + "\"" : term;
  }

  /** {@link #PER_LIST} entries of {@code all}, spread evenly from first to last. */
  private static <T> List<T> spread(List<T> all) {
    if (all.size() <= PER_LIST) {
      return all;
    }
    List<T> picked = new ArrayList<>();
    for (int i = 0; i < PER_LIST; i++) {
      picked.add(all.get((int) ((long) (all.size() - 1) * i / (PER_LIST - 1))));
    }
    return picked;
  }

  /**
   * The terms of each line of a Solr synonyms file ({@code a, b, c} or {@code a => b}), comments
   * and blank lines left out; a missing file has none.
   */
  private static List<List<String>> solrLines(Path dir, String file) throws IOException {
    Path path = dir.resolve(file);
    List<List<String>> lines = new ArrayList<>();
    if (!Files.isRegularFile(path)) {
      return lines;
    }
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      String content = line.startsWith("#") ? "" : line.strip();
      List<String> terms = new ArrayList<>();
      for (String term : content.split("=>|,")) {
        if (!term.isBlank()) {
          terms.add(term.strip());
        }
      }
      if (!terms.isEmpty()) {
        lines.add(terms);
      }
    }
    return lines;
  }
}
