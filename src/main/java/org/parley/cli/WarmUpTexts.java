package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.parley.analysis.AcronymTable;
import org.parley.config.ParleyConfig;
import org.parley.index.Schema;
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
      texts.add(acronym.toUpperCase(java.util.Locale.ROOT));
      acronyms.lookup(acronym).stream()
          .findFirst()
          .ifPresent(entry -> texts.add(asTyped(entry.longForm())));
    }
    return List.copyOf(texts);
  }

  /**
   * Up to {@link #PHRASES} runs of three or four words from paragraphs spread over the index, half
   * of them quoted: real word sequences, with the stop words a phrase search keeps as gaps.
   */
  static List<String> phrases(IndexReader reader) throws IOException {
    List<String> phrases = new ArrayList<>();
    int docs = reader.maxDoc();
    if (docs == 0) {
      return phrases;
    }
    StoredFields stored = reader.storedFields();
    for (int i = 0; i < PHRASES; i++) {
      int doc = (int) ((long) docs * i / PHRASES);
      String text = stored.document(doc, Set.of(Schema.TEXT)).get(Schema.TEXT);
      if (text == null) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String token : text.split("\\s+")) {
        String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      int length = 3 + i % 2;
      if (words.size() < length) {
        continue;
      }
      int from = (words.size() - length) * (i % 5) / 4;
      String phrase = String.join(" ", words.subList(from, from + length));
      phrases.add(i % 2 == 0 ? "\"" + phrase + "\"" : phrase);
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
