package org.parley.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.search.FacetField;
import org.parley.search.FacetValue;
import org.parley.search.InvalidRequestException;
import org.parley.search.ParagraphContext;
import org.parley.search.ResponseJson;
import org.parley.search.SearchRequest;
import org.parley.search.SearchStack;
import org.parley.search.SortOrder;

/**
 * The few JSON endpoints the page and the box call, in the documented format, for as long as the
 * real API (branch {@code http}) is not on main. NOTE: test-only and deliberately minimal; the
 * tests switch to the real application once it exists.
 */
final class StandInApi {
  private final SearchStack stack;
  private final Set<String> allowedOrigins;

  StandInApi(SearchStack stack, Set<String> allowedOrigins) {
    this.stack = stack;
    this.allowedOrigins = allowedOrigins;
  }

  void register(JavalinConfig config) {
    config.routes.before("/api/*", this::cors);
    config.routes.get("/api/search", this::search);
    config.routes.get("/api/suggest", this::suggest);
    config.routes.get("/api/paragraphs/{id}", this::paragraph);
    config.routes.exception(
        InvalidRequestException.class,
        (e, ctx) -> error(ctx, 400, "invalid_parameter", e.param(), e.getMessage()));
  }

  private void cors(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && allowedOrigins.contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
    }
  }

  private void search(Context ctx) throws IOException {
    Map<String, List<String>> p = ctx.queryParamMap();
    Set<FacetField> facets = EnumSet.noneOf(FacetField.class);
    for (String id : String.join(",", p.getOrDefault("facets", List.of())).split(",")) {
      FacetField.fromId(id).ifPresent(facets::add);
    }
    SearchRequest request =
        new SearchRequest(
            first(p, "q").orElse(""),
            p.getOrDefault("speaker", List.of()),
            p.getOrDefault("topic", List.of()),
            p.getOrDefault("role", List.of()),
            first(p, "from").map(LocalDate::parse).orElse(null),
            first(p, "to").map(LocalDate::parse).orElse(null),
            List.of(),
            SortOrder.fromParam(first(p, "sort").orElse("relevance")).orElseThrow(),
            first(p, "page").map(Integer::parseInt).orElse(1),
            first(p, "size").map(Integer::parseInt).orElse(10),
            first(p, "fragment").map(Integer::parseInt).orElse(240),
            facets);
    json(ctx, stack.search().search(request));
  }

  private void suggest(Context ctx) throws IOException {
    String prefix = first(ctx.queryParamMap(), "q").orElse("").toLowerCase(Locale.ROOT);
    List<Map<String, String>> out = new ArrayList<>();
    for (FacetValue v : stack.browse().speakers()) {
      if (v.value().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        out.add(Map.of("text", v.value(), "kind", "speaker"));
      }
    }
    for (FacetValue v : stack.browse().topics()) {
      if (v.value().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        out.add(Map.of("text", v.value(), "kind", "topic"));
      }
    }
    json(ctx, Map.of("query", prefix, "suggestions", out));
  }

  private void paragraph(Context ctx) throws IOException {
    int context = first(ctx.queryParamMap(), "context").map(Integer::parseInt).orElse(2);
    Optional<ParagraphContext> found = stack.browse().paragraph(ctx.pathParam("id"), context);
    if (found.isEmpty()) {
      error(ctx, 404, "not_found", "id", "no such paragraph");
      return;
    }
    json(ctx, found.get());
  }

  private static void json(Context ctx, Object body) throws IOException {
    ctx.contentType("application/json").result(ResponseJson.MAPPER.writeValueAsString(body));
  }

  private static void error(Context ctx, int status, String code, String param, String message) {
    try {
      ctx.status(status);
      json(
          ctx,
          Map.of(
              "error", Map.of("status", status, "code", code, "param", param, "message", message)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> first(Map<String, List<String>> p, String name) {
    return Optional.ofNullable(p.get(name))
        .flatMap(v -> v.stream().filter(s -> !s.isBlank()).findFirst());
  }
}
