package org.parley.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.config.TopicDefinition;
import org.parley.config.TopicsConfig;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;

/**
 * The compiled rules must tag exactly as Lucene itself would match the rule's query against the
 * paragraph: checked against a {@link MemoryIndex} of every paragraph of the bundled NATO
 * transcript, for the shipped rules and for random rules of every shape the rule syntax allows.
 */
class RuleMatcherTest {
  private static final String FIELD = "text";
  private static ParleyConfig config;
  private static ParleyAnalyzers analyzers;
  private static List<String> paragraphs;

  @BeforeAll
  static void readSample() throws IOException {
    config = ParleyConfig.load(Path.of("index-config"));
    analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
    paragraphs = new ArrayList<>();
    // The real NATO transcript only: thousands of random rules against every paragraph of the
    // whole bundled corpus would take minutes, and one transcript has every shape of text needed.
    Path nato = Path.of("corpus", "nato");
    for (Transcript t : new CorpusReader(config.speakers()).read(nato).transcripts()) {
      for (Paragraph p : t.paragraphs()) {
        paragraphs.add(p.text());
      }
    }
    // Paragraphs written to hit the edges: hyphens, typographic quotes, possessives, synonyms.
    paragraphs.add("The NATO\u2011Russia Council met; Russia\u2019s build-up, the NRC and INF.");
    paragraphs.add("Defence, defense and deterrence; Allies defend territory, arms arms control.");
    assertThat(paragraphs).hasSizeGreaterThan(30);
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  @Test
  void shipped_rules_tag_as_lucene_matches_them() throws Exception {
    List<String> rules = new ArrayList<>();
    for (TopicDefinition topic : config.topics().topics()) {
      rules.addAll(topic.rules());
    }
    int matches = compareAll(rules, "shipped rules");
    // The sample is about Ukraine, arms control and the NATO-Russia Council: rules must fire.
    assertThat(matches).isGreaterThan(20);
  }

  @Test
  void random_rules_of_every_shape_tag_as_lucene_matches_them() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<String> words = vocabulary();
    List<String> rules = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      rules.add(randomRule(random, words, 0));
    }
    int matches = compareAll(rules, "seed " + seed);
    assertThat(matches).as("seed %d: some random rules match", seed).isGreaterThan(100);
  }

  /** Tags every paragraph with one topic per rule and compares with Lucene; returns the matches. */
  private static int compareAll(List<String> rules, String label) throws Exception {
    List<TopicDefinition> topics = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      topics.add(new TopicDefinition("r" + i, null, List.of(rules.get(i))));
    }
    TopicTagger tagger =
        TopicTagger.compile(
            new TopicsConfig(topics), FIELD, analyzers.queryStemmed(), analyzers.indexStemmed());
    int matches = 0;
    for (String text : paragraphs) {
      MemoryIndex memory = new MemoryIndex();
      memory.addField(FIELD, text, analyzers.indexStemmed());
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (memory.createSearcher().count(parse(rules.get(i))) > 0) {
          expected.add("r" + i);
        }
      }
      List<String> viaAnalyse = tagger.tag(analyzers.analyse(text).stemmed(), List.of());
      assertThat(viaAnalyse).as("%s; rules %s; text: %s", label, rules, text).isEqualTo(expected);
      assertThat(tagger.tag(text, List.of())).isEqualTo(expected);
      matches += expected.size();
    }
    return matches;
  }

  private static org.apache.lucene.search.Query parse(String rule) throws Exception {
    QueryParser parser = new QueryParser(FIELD, analyzers.queryStemmed());
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    parser.setAllowLeadingWildcard(false);
    return parser.parse(rule);
  }

  private static List<String> vocabulary() throws IOException {
    List<String> words = new ArrayList<>();
    for (String text : paragraphs) {
      for (String w : text.split("[^\\p{L}\\p{N}'-]+")) {
        if (w.length() > 2 && !w.contains("'")) {
          words.add(w);
        }
      }
    }
    // The parser's operators are not words to search for.
    words.removeIf(w -> List.of("AND", "OR", "NOT", "TO").contains(w));
    words.addAll(List.of("NRC", "INF", "Article 5", "arms-control", "dual-track", "zzyzx"));
    return words;
  }

  private static String randomRule(Random random, List<String> words, int depth) {
    String word = words.get(random.nextInt(words.size()));
    int shape = depth > 2 ? random.nextInt(4) : random.nextInt(11);
    return switch (shape) {
      case 0, 1 -> word.contains(" ") ? '"' + word + '"' : word;
      case 2 -> phraseFromText(random);
      case 3 -> prefixOf(word) + "*";
      case 4 -> phraseFromText(random) + "~" + random.nextInt(3);
      case 5 -> both(random, words, depth, "AND");
      case 6 -> both(random, words, depth, "OR");
      case 7 -> both(random, words, depth, "NOT");
      case 8 -> "(+" + phraseFromText(random) + " -" + word.replace(" ", "") + ")";
      case 9 -> "\"" + word + " " + words.get(random.nextInt(words.size())) + "\"";
      default -> "(-" + word.replace(" ", "") + ")";
    };
  }

  /** The first two letters of {@code word} ("10,000" has none: then a common prefix). */
  private static String prefixOf(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return letters.length() >= 2 ? letters.substring(0, 2) : "ar";
  }

  private static String both(Random random, List<String> words, int depth, String operator) {
    return "(%s %s %s)"
        .formatted(
            randomRule(random, words, depth + 1), operator, randomRule(random, words, depth + 1));
  }

  /** Two to four consecutive words of a paragraph, quoted, so phrases do match sometimes. */
  private static String phraseFromText(Random random) {
    String[] tokens = paragraphs.get(random.nextInt(paragraphs.size())).split("\\s+");
    int length = 2 + random.nextInt(3);
    int start = random.nextInt(Math.max(1, tokens.length - length));
    StringBuilder phrase = new StringBuilder();
    for (int i = start; i < Math.min(tokens.length, start + length); i++) {
      phrase
          .append(i > start ? " " : "")
          .append(tokens[i].replaceAll("[\"()\\\\*?~^:+\\[\\]{}!/-]", ""));
    }
    return '"' + phrase.toString() + '"';
  }
}
