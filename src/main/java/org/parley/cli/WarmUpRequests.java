package org.parley.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.config.ParleyConfig;
import org.parley.search.ExchangeScope;
import org.parley.search.FacetField;
import org.parley.search.FacetValue;
import org.parley.search.Hit;
import org.parley.search.IndexVocabulary;
import org.parley.search.ParleySearcher;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResponse;
import org.parley.search.SearchService;
import org.parley.search.SortOrder;
import org.parley.speakers.Role;

/**
 * The requests of the start-up warm-up ({@link org.parley.http.HttpWarmUp}) for one generation:
 * every kind of request people send, made of this generation's own words, speakers, topics and
 * dates, so that they take the paths and costs real requests will.
 *
 * <p>Breadth matters more than volume. The JIT compiles for the types and branches it has seen: a
 * warm-up of plain word searches alone yields code that is thrown away (deoptimised) and compiled
 * again the first time a date filter, a browse or a phrase arrives, which on two cores keeps the
 * server slow for tens of seconds after the warm-up. So the list covers single words of every
 * frequency, several words, phrases (also cut from the paragraphs, stop words and all), prefixes,
 * OR, NOT and groups, hyphenated and upper-case words, the spelling variants, synonyms and acronyms
 * the analysis expands ({@link WarmUpTexts}), each filter (speaker, topic, role, dates, questions
 * or answers, and combinations, on frequent and rare values), browsing without words, sorting by
 * date, second pages, facets, the search page and suggestions; and it is shuffled, so all of them
 * are in the profile from the first second.
 */
final class WarmUpRequests {
  /** Words of each frequency band the searches are made of. */
  static final int WORDS_PER_BAND = 24;

  /** Speakers and topics filtered on: the most frequent ones, then some of the least. */
  private static final int TOP_VALUES = 3;

  /** Fixed, so one generation always gets the same warm-up. */
  private static final long SEED = 7;

  private WarmUpRequests() {}

  /** Request paths with their query strings ({@code /api/search?q=...}). */
  static List<String> of(SearchService search, ParleySearcher searcher, ParleyConfig config)
      throws IOException {
    SearchResponse overview =
        search.searchOn(
            searcher,
            new SearchRequest.Builder("")
                .facets(FacetField.SPEAKER, FacetField.TOPIC)
                .sort(SortOrder.DATE_DESC)
                .size(1)
                .build());
    List<String> filters = filters(overview);
    List<String> texts = new ArrayList<>(WarmUp.texts(searcher.examples()));
    texts.addAll(
        vocabularyTexts(IndexVocabulary.sample(searcher.getIndexReader(), WORDS_PER_BAND)));
    texts.addAll(WarmUpTexts.configured(config, searcher.acronyms()));
    texts.addAll(WarmUpTexts.phrases(searcher));
    String allFacets =
        Arrays.stream(FacetField.values()).map(FacetField::id).collect(Collectors.joining(","));
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String query = "/api/search?q=" + encode(text);
      paths.add(query);
      if (!filters.isEmpty()) {
        paths.add(query + "&" + filters.get(i % filters.size()));
      }
      switch (i % 8) {
        case 0 -> paths.add(query + "&facets=" + allFacets);
        case 1 -> paths.add(query + "&sort=" + SortOrder.DATE_DESC.param());
        case 2 -> paths.add(query + "&page=2");
        case 3 -> paths.add("/?q=" + encode(text));
        case 4 -> paths.add(query + "&facets=" + FacetField.SPEAKER.id());
        case 5 -> {
          String letters = text.replaceAll("[^\\p{L}]", "");
          if (letters.length() >= 3) {
            paths.add("/api/suggest?q=" + encode(letters.substring(0, 3)));
          }
        }
        default -> {}
      }
    }
    for (String filter : filters) {
      // Browsing: filters without words, newest first.
      paths.add("/api/search?q=&" + filter);
    }
    Collections.shuffle(paths, new Random(SEED));
    return paths;
  }

  /**
   * A recorded request is replayed at most this many times per pass over the made ones: a sample of
   * a handful of searches (a server that has hardly served) must not become half the warm-up.
   */
  static final int MAX_RECORDED_REPEATS = 4;

  /**
   * The made requests with the recorded ones spread among them: as many recorded as made (each list
   * from its start again when it runs out), so that half the warm-up is what users sent, unless the
   * sample is too small for that ({@link #MAX_RECORDED_REPEATS}); {@code generated} alone if
   * nothing was recorded.
   */
  static List<String> alternate(List<String> generated, List<String> recorded) {
    if (recorded.isEmpty() || generated.isEmpty()) {
      return recorded.isEmpty() ? generated : recorded;
    }
    int recordedTurns =
        Math.min(
            Math.max(generated.size(), recorded.size()), MAX_RECORDED_REPEATS * recorded.size());
    int generatedTurns = Math.max(generated.size(), recordedTurns);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < generatedTurns; i++) {
      paths.add(generated.get(i % generated.size()));
      // The recorded requests due by the end of this turn, evenly spread over the turns.
      long due = (long) (i + 1) * recordedTurns / generatedTurns;
      long before = (long) i * recordedTurns / generatedTurns;
      for (long r = before; r < due; r++) {
        paths.add(recorded.get((int) (r % recorded.size())));
      }
    }
    return paths;
  }

  /**
   * One filter of each kind, on this generation's values: the most frequent speakers and topics and
   * some rare ones, each role, the latest year, the four last years, a month, open-ended and older
   * date ranges, questions and answers, and combinations.
   */
  static List<String> filters(SearchResponse overview) {
    List<String> speakers = top(overview, FacetField.SPEAKER);
    List<String> topics = top(overview, FacetField.TOPIC);
    List<String> filters = new ArrayList<>();
    speakers.forEach(s -> filters.add("speaker=" + encode(s)));
    topics.forEach(t -> filters.add("topic=" + encode(t)));
    for (Role role : Role.values()) {
      filters.add("role=" + role.id());
    }
    filters.add("in=" + ExchangeScope.QUESTIONS.param());
    filters.add("in=" + ExchangeScope.ANSWERS.param());
    String latest = overview.hits().stream().map(Hit::date).findFirst().orElse(null);
    if (latest != null && latest.length() >= 4 && latest.substring(0, 4).matches("\\d{4}")) {
      int year = Integer.parseInt(latest.substring(0, 4));
      String lastYear = "from=%d-01-01&to=%d-12-31".formatted(year, year);
      filters.add(lastYear);
      filters.add("from=%d-01-01&to=%d-12-31".formatted(year - 3, year));
      filters.add("from=%d-01-01&to=%d-01-31".formatted(year, year));
      filters.add("from=%d-01-01".formatted(year - 1));
      filters.add("to=%d-12-31".formatted(year - 5));
      filters.add("from=%d-01-01&to=%d-12-31".formatted(year - 8, year - 8));
      speakers.stream()
          .findFirst()
          .ifPresent(s -> filters.add("speaker=" + encode(s) + "&" + lastYear));
    }
    if (!speakers.isEmpty() && !topics.isEmpty()) {
      filters.add("speaker=" + encode(speakers.get(0)) + "&topic=" + encode(topics.get(0)));
    }
    if (speakers.size() > 1) {
      filters.add("speaker=" + encode(speakers.get(0)) + "&speaker=" + encode(speakers.get(1)));
    }
    return filters;
  }

  /**
   * Query shapes made of sampled words: one word of each band, two and three words, a phrase, a
   * prefix, a NOT (as {@code -} and as {@code NOT}), an OR of two and of three, a group, a
   * hyphenated pair and an upper-case word (as acronyms are typed).
   */
  static List<String> vocabularyTexts(IndexVocabulary.Sample words) {
    List<String> frequent = words.frequent();
    List<String> middling = words.middling();
    List<String> texts = new ArrayList<>();
    texts.addAll(frequent);
    texts.addAll(middling);
    texts.addAll(words.rare());
    int shapes = Math.min(frequent.size() - 2, middling.size());
    for (int i = 0; i < shapes; i++) {
      String a = frequent.get(i);
      String b = middling.get(i);
      String c = frequent.get(i + 1);
      texts.add(a + " " + b);
      texts.add(a + " " + b + " " + c);
      texts.add("\"" + a + " " + c + "\"");
      texts.add(b.substring(0, Math.min(4, b.length())) + "*");
      texts.add(a + " " + c + " -" + frequent.get(i + 2));
      texts.add(a + " OR " + b);
      texts.add(a + "-" + c);
      texts.add(b.toUpperCase(Locale.ROOT));
      texts.add("(" + a + " OR " + b + ") " + c);
      texts.add(a + " NOT " + b);
      texts.add(a + " OR " + b + " OR " + c);
    }
    return texts;
  }

  private static List<String> top(SearchResponse response, FacetField facet) {
    if (response.facets() == null) {
      return List.of();
    }
    // Frequent and rare values: a filter's matches come as dense or sparse sets, which Lucene
    // iterates with different classes.
    List<String> values =
        response.facets().getOrDefault(facet.id(), List.of()).stream()
            .map(FacetValue::value)
            .toList();
    Set<String> picked =
        new LinkedHashSet<>(values.subList(0, Math.min(TOP_VALUES, values.size())));
    if (!values.isEmpty()) {
      picked.add(values.get(values.size() / 2));
      picked.add(values.get(values.size() - 1));
    }
    return List.copyOf(picked);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
