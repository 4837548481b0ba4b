package org.parley.http;

import java.util.ArrayList;
import java.util.List;
import org.parley.search.BrowseService;
import org.parley.search.SuggestService;

/**
 * Every route of the API with its parameters: the single table from which routes are registered,
 * requests validated and the OpenAPI document generated.
 */
final class ApiEndpoints {
  private ApiEndpoints() {}

  static final Param PARAGRAPH_ID =
      Param.path("id", "Paragraph id, as in a hit's id (<document id>-p<number>).");
  static final Param CONTEXT =
      Param.integer(
          "context",
          "Paragraphs returned before and after the one asked for.",
          0,
          BrowseService.MAX_CONTEXT,
          2);
  static final Param DOCUMENT_ID = Param.path("id", "Document id, as in a hit's doc.id.");
  static final Param FORMAT =
      Param.choice(
          "format",
          "csv (UTF-8 with BOM, opens in Excel and LibreOffice) or jsonl (one hit per line).",
          ExportFormat.ids(),
          ExportFormat.CSV.id());
  static final Param SUGGEST_Q =
      Param.text("q", "What has been typed so far.").maxLength(SuggestService.MAX_PREFIX_LENGTH);
  static final Param SUGGEST_SIZE =
      Param.integer("size", "Most completions returned.", 1, SuggestService.MAX_SUGGESTIONS, 8);

  static final List<Param> PARAGRAPH_PARAMS = List.of(PARAGRAPH_ID, CONTEXT);
  static final List<Param> DOCUMENT_PARAMS = List.of(DOCUMENT_ID);
  static final List<Param> SUGGEST_PARAMS = List.of(SUGGEST_Q, SUGGEST_SIZE);

  /** The search parameters (page, size, fragment and facets accepted and ignored) plus format. */
  static final List<Param> EXPORT_PARAMS = withFormat();

  private static List<Param> withFormat() {
    List<Param> params = new ArrayList<>(SearchParams.ALL);
    params.add(FORMAT);
    return List.copyOf(params);
  }

  static List<ApiEndpoint> all(ApiHandlers h) {
    String json = ApiEndpoint.JSON;
    return List.of(
        new ApiEndpoint(
            "/api/search",
            "search",
            "Ranked, highlighted paragraphs matching a query and filters, with optional facets.",
            "{query, total, total_relation (eq|gte), took_ms, page, size, hits: [{id, score, text,"
                + " highlight (HTML-escaped, matches in <mark>), speaker, speaker_label, role, outlet,"
                + " date, topics, paragraph, doc: {id, title, date, file, source}, question: {speaker,"
                + " outlet, text}, answer: {speaker, text, id}, url, citation}], facets: {name:"
                + " [{value, count}]}}",
            SearchParams.ALL,
            json,
            List.of(400),
            h::search),
        new ApiEndpoint(
            "/api/paragraphs/{id}",
            "paragraph",
            "One paragraph with the paragraphs around it and its document.",
            "{paragraph: hit, before: [hit], after: [hit], doc: {id, title, date, file, source}}",
            PARAGRAPH_PARAMS,
            json,
            List.of(400, 404),
            h::paragraph),
        new ApiEndpoint(
            "/api/documents/{id}",
            "document",
            "A whole transcript: its metadata and every paragraph in order.",
            "{doc: {id, title, date, file, source}, paragraphs: [hit]}",
            DOCUMENT_PARAMS,
            json,
            List.of(400, 404),
            h::document),
        new ApiEndpoint(
            "/api/export",
            "export",
            "Every hit of a search (no page limit), streamed as a CSV or JSON Lines download.",
            "CSV (columns: " + String.join(", ", ExportFormat.COLUMNS) + ") or JSON Lines of hits",
            EXPORT_PARAMS,
            "text/csv",
            List.of(400),
            h::export),
        new ApiEndpoint(
            "/api/suggest",
            "suggest",
            "Completions of a prefix as it is typed: words, frequent phrases, speakers, topics.",
            "{query, suggestions: [{text, kind: term|phrase|speaker|topic}]}",
            SUGGEST_PARAMS,
            json,
            List.of(400),
            h::suggest),
        new ApiEndpoint(
            "/api/speakers",
            "speakers",
            "Every speaker with their paragraph count, most paragraphs first.",
            "{speakers: [{name, count}]}",
            List.of(),
            json,
            List.of(),
            h::speakers),
        new ApiEndpoint(
            "/api/topics",
            "topics",
            "Every topic with its paragraph count and description.",
            "{topics: [{name, count, description}]}",
            List.of(),
            json,
            List.of(),
            h::topics),
        new ApiEndpoint(
            "/api/health",
            "health",
            "Liveness and the live index generation.",
            "{status: ok, generation}",
            List.of(),
            json,
            List.of(),
            h::health),
        new ApiEndpoint(
            "/api/stats",
            "stats",
            "The live generation: documents, paragraphs, build time, corpus hash, and what the"
                + " corpus holds (organisations, years, example searches).",
            "{generation, documents, paragraphs, built_at, corpus_hash, corpus: {documents,"
                + " paragraphs, organisations: [{value, count}], first_year, last_year,"
                + " examples}}",
            List.of(),
            json,
            List.of(),
            h::stats),
        new ApiEndpoint(
            "/api/openapi.json",
            "openapi",
            "This description of the API (OpenAPI 3.1).",
            "This document.",
            List.of(),
            json,
            List.of(),
            h::openApi));
  }
}
