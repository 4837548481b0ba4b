package org.parley.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.config.TopicDefinition;
import org.parley.config.TopicsConfig;
import org.parley.search.BrowseService;
import org.parley.search.FacetValue;
import org.parley.search.PhraseService;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.search.SuggestResponse;
import org.parley.search.SuggestService;

/**
 * The API's handlers: each reads its declared parameters, makes one service call and writes one
 * response record. JSON responses carry an ETag naming the index generation they were read from;
 * {@code If-None-Match} with that tag gets a 304 without running the call.
 */
final class ApiHandlers {
  /** How often a read is repeated when a generation switch happened while it ran. */
  private static final int MAX_READS = 3;

  private final SearchService search;
  private final BrowseService browse;
  private final PhraseService phrases;
  private final SuggestService suggest;
  private final TopicsConfig topics;
  private final SearchSlots slots;
  private final FeedHandler feeds;
  private final SearchSlots exportSlots;
  private final ExportWriter.ExportBudget exportBudget;
  private volatile Map<String, Object> openApi = Map.of();

  ApiHandlers(
      SearchService search,
      BrowseService browse,
      PhraseService phrases,
      SuggestService suggest,
      TopicsConfig topics,
      SearchSlots slots,
      SearchSlots exportSlots,
      ExportWriter.ExportBudget exportBudget) {
    this.search = search;
    this.browse = browse;
    this.phrases = phrases;
    this.suggest = suggest;
    this.topics = topics;
    this.slots = slots;
    this.feeds = new FeedHandler(search, browse, slots);
    this.exportSlots = exportSlots;
    this.exportBudget = exportBudget;
  }

  /** Sets the document {@code /api/openapi.json} serves (generated from the endpoints). */
  void publishOpenApi(Map<String, Object> document) {
    this.openApi = document;
  }

  void search(Context ctx) throws IOException {
    SearchRequest request = SearchParams.read(RequestParams.read(ctx, SearchParams.ALL));
    try (SearchSlots.Slot slot = slots.acquire()) {
      fromOneGeneration(ctx, () -> search.search(request));
    }
  }

  void phrase(Context ctx) throws IOException {
    SearchRequest request = SearchParams.read(RequestParams.read(ctx, ApiEndpoints.PHRASE_PARAMS));
    try (SearchSlots.Slot slot = slots.acquire()) {
      fromOneGeneration(ctx, () -> phrases.history(request));
    }
  }

  void export(Context ctx) throws IOException {
    RequestParams params = RequestParams.read(ctx, ApiEndpoints.EXPORT_PARAMS);
    SearchRequest request = SearchParams.read(params);
    ExportFormat format = ExportFormat.fromId(params.choice(ApiEndpoints.FORMAT));
    // Exports have their own slots: a slow reader holds one for minutes, never a search's.
    try (SearchSlots.Slot slot = exportSlots.acquire()) {
      ExportWriter out = new ExportWriter(ctx, format, exportBudget);
      browse.export(request, out);
      out.finish();
    }
  }

  void feed(Context ctx) throws IOException {
    feeds.feed(ctx);
  }

  void paragraph(Context ctx) throws IOException {
    RequestParams params = RequestParams.read(ctx, ApiEndpoints.PARAGRAPH_PARAMS);
    String id = params.path(ApiEndpoints.PARAGRAPH_ID);
    int context = params.integer(ApiEndpoints.CONTEXT);
    fromOneGeneration(
        ctx,
        () ->
            browse
                .paragraph(id, context)
                .orElseThrow(() -> ApiException.notFound("no paragraph with this id")));
  }

  void document(Context ctx) throws IOException {
    RequestParams params = RequestParams.read(ctx, ApiEndpoints.DOCUMENT_PARAMS);
    String id = params.path(ApiEndpoints.DOCUMENT_ID);
    fromOneGeneration(
        ctx,
        () ->
            browse
                .document(id)
                .orElseThrow(() -> ApiException.notFound("no document with this id")));
  }

  void suggest(Context ctx) throws IOException {
    RequestParams params = RequestParams.read(ctx, ApiEndpoints.SUGGEST_PARAMS);
    String prefix = params.text(ApiEndpoints.SUGGEST_Q);
    int size = params.integer(ApiEndpoints.SUGGEST_SIZE);
    if (notModified(ctx, browse.generation())) {
      return;
    }
    SuggestResponse response = suggest.suggest(prefix == null ? "" : prefix, size);
    ok(ctx, response.generation(), response);
  }

  void speakers(Context ctx) throws IOException {
    RequestParams.read(ctx, List.of());
    fromOneGeneration(ctx, () -> new SpeakerList(counts(browse.speakers())));
  }

  void topics(Context ctx) throws IOException {
    RequestParams.read(ctx, List.of());
    fromOneGeneration(ctx, () -> new TopicList(topicCounts(browse.topics())));
  }

  void health(Context ctx) throws IOException {
    RequestParams.read(ctx, List.of());
    fromOneGeneration(ctx, () -> new Health("ok", browse.generation()));
  }

  void stats(Context ctx) throws IOException {
    RequestParams.read(ctx, List.of());
    fromOneGeneration(ctx, browse::stats);
  }

  void openApi(Context ctx) throws IOException {
    RequestParams.read(ctx, List.of());
    fromOneGeneration(ctx, () -> openApi);
  }

  /** {@code {"status": "ok", "generation": "gen-000003"}}. */
  record Health(String status, String generation) {}

  /** A speaker or topic and its paragraph count. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NamedCount(String name, long count, String description) {}

  /** {@code {"speakers": [{"name", "count"}]}}, most paragraphs first. */
  record SpeakerList(List<NamedCount> speakers) {}

  /** {@code {"topics": [{"name", "count", "description"}]}}, configured topics included at 0. */
  record TopicList(List<NamedCount> topics) {}

  private static List<NamedCount> counts(List<FacetValue> values) {
    return values.stream().map(v -> new NamedCount(v.value(), v.count(), null)).toList();
  }

  private List<NamedCount> topicCounts(List<FacetValue> indexed) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (FacetValue v : indexed) {
      counts.put(v.value(), v.count());
    }
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (TopicDefinition topic : topics.topics()) {
      descriptions.put(topic.name(), topic.description());
      counts.putIfAbsent(topic.name(), 0L);
    }
    List<NamedCount> list = new ArrayList<>();
    counts.forEach((name, count) -> list.add(new NamedCount(name, count, descriptions.get(name))));
    list.sort(
        Comparator.comparingLong(NamedCount::count).reversed().thenComparing(NamedCount::name));
    return list;
  }

  /** A read that may be repeated. */
  @FunctionalInterface
  private interface Read {
    Object get() throws IOException;
  }

  /**
   * Runs {@code read} so that its result comes from exactly one generation, the one its ETag names:
   * the live generation is read before and after; if a switch happened in between, the read is
   * repeated (generations only move forward, so equal names mean no switch).
   */
  private void fromOneGeneration(Context ctx, Read read) throws IOException {
    String generation = browse.generation();
    if (notModified(ctx, generation)) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      Object body = read.get();
      String after = browse.generation();
      if (after.equals(generation) || attempt == MAX_READS) {
        ok(ctx, after, body);
        return;
      }
      generation = after;
    }
  }

  private static boolean notModified(Context ctx, String generation) {
    String etag = ETags.of(generation, ctx);
    if (ETags.matches(ctx.header(Header.IF_NONE_MATCH), etag)) {
      ctx.header(Header.ETAG, etag);
      ctx.status(304);
      return true;
    }
    return false;
  }

  private static void ok(Context ctx, String generation, Object body) {
    ctx.header(Header.ETAG, ETags.of(generation, ctx));
    ctx.json(body);
  }
}
