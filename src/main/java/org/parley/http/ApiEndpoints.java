package org.parley.http;

import java.util.ArrayList;
import java.util.List;
import org.parley.search.BrowseService;
import org.parley.search.DocumentView;
import org.parley.search.IndexStats;
import org.parley.search.ParagraphContext;
import org.parley.search.PhraseHistory;
import org.parley.search.SearchResponse;
import org.parley.search.SuggestResponse;
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

  /** The search's query and filters: a phrase history counts every use, so no paging or sort. */
  static final List<Param> PHRASE_PARAMS =
      List.of(
          SearchParams.Q,
          SearchParams.SPEAKER,
          SearchParams.TOPIC,
          SearchParams.ROLE,
          SearchParams.FROM,
          SearchParams.TO,
          SearchParams.DOC);

  /** The search parameters (page, size, fragment and facets accepted and ignored) plus format. */
  static final List<Param> EXPORT_PARAMS = withFormat();

  private static List<Param> withFormat() {
    List<Param> params = new ArrayList<>(SearchParams.ALL);
    params.add(FORMAT);
    return List.copyOf(params);
  }

  static List<ApiEndpoint> all(ApiHandlers h) {
    List<String> json = List.of(ApiEndpoint.JSON);
    return List.of(
        new ApiEndpoint(
            "/api/search",
            "search",
            "Ranked, highlighted paragraphs matching a query and filters, with optional facets.",
            "A page of hits (highlights HTML-escaped, matches in <mark>), with the facets asked"
                + " for.",
            SearchResponse.class,
            SearchParams.ALL,
            json,
            List.of(400),
            h::search),
        new ApiEndpoint(
            "/api/phrase",
            "phrase",
            "The history of one phrase (q: two words or more, quoted or not) under the search's"
                + " filters: uses by year, month and speaker, first and last use, and the wordings"
                + " that differ from it by one word or a hyphen, found in the index.",
            "Uses by year, month and speaker, the first and last use, and the variants found"
                + " (substitution, insertion, deletion or hyphenation of one word).",
            PhraseHistory.class,
            PHRASE_PARAMS,
            json,
            List.of(400),
            h::phrase),
        new ApiEndpoint(
            "/api/paragraphs/{id}",
            "paragraph",
            "One paragraph with the paragraphs around it and its document.",
            "The paragraph, the paragraphs before and after it, and its document.",
            ParagraphContext.class,
            PARAGRAPH_PARAMS,
            json,
            List.of(400, 404),
            h::paragraph),
        new ApiEndpoint(
            "/api/documents/{id}",
            "document",
            "A whole transcript: its metadata and every paragraph in order.",
            "The document and its paragraphs.",
            DocumentView.class,
            DOCUMENT_PARAMS,
            json,
            List.of(400, 404),
            h::document),
        new ApiEndpoint(
            "/api/export",
            "export",
            "Every hit of a search (no page limit), streamed as a CSV or JSON Lines download.",
            "CSV (columns: "
                + String.join(", ", ExportFormat.COLUMNS)
                + ") or JSON Lines, one hit (the Hit schema) per line.",
            String.class,
            EXPORT_PARAMS,
            ExportFormat.mediaTypes(),
            List.of(400),
            h::export),
        new ApiEndpoint(
            FeedHandler.PATH,
            "feed",
            "A search as an Atom 1.0 feed: the parameters of /api/search (sort, page, fragment,"
                + " facets and explain accepted and ignored), most recently added to Parley first"
                + " (first_indexed), then newest statement first. ETag and Last-Modified; 304 on"
                + " If-None-Match or If-Modified-Since.",
            "Atom feed: one entry per paragraph (id and link: its permalink; title: speaker and"
                + " document; updated: first_indexed; published: the statement's date; content:"
                + " the paragraph as escaped HTML)",
            String.class,
            FeedHandler.PARAMS,
            List.of(AtomFeedWriter.MEDIA_TYPE),
            List.of(400),
            h::feed),
        new ApiEndpoint(
            "/api/suggest",
            "suggest",
            "Completions of a prefix as it is typed: words, frequent phrases, speakers, topics.",
            "Completions, speakers and topics first, then phrases, then words.",
            SuggestResponse.class,
            SUGGEST_PARAMS,
            json,
            List.of(400),
            h::suggest),
        new ApiEndpoint(
            "/api/speakers",
            "speakers",
            "Every speaker with their paragraph count, most paragraphs first.",
            "The speakers with their paragraph counts.",
            ApiHandlers.SpeakerList.class,
            List.of(),
            json,
            List.of(),
            h::speakers),
        new ApiEndpoint(
            "/api/topics",
            "topics",
            "Every topic with its paragraph count and description.",
            "The topics with their paragraph counts and descriptions.",
            ApiHandlers.TopicList.class,
            List.of(),
            json,
            List.of(),
            h::topics),
        new ApiEndpoint(
            "/api/health",
            "health",
            "Liveness and the live index generation.",
            "Status ok and the live generation.",
            ApiHandlers.Health.class,
            List.of(),
            json,
            List.of(),
            h::health),
        new ApiEndpoint(
            "/api/stats",
            "stats",
            "The live generation: documents, paragraphs, build time, corpus hash, and what the"
                + " corpus holds (organisations, years, example searches).",
            "What the live generation holds.",
            IndexStats.class,
            List.of(),
            json,
            List.of(),
            h::stats),
        new ApiEndpoint(
            "/api/openapi.json",
            "openapi",
            "This description of the API (OpenAPI 3.1).",
            "This document.",
            OpenApiDocument.BODY_TYPE,
            List.of(),
            json,
            List.of(),
            h::openApi));
  }
}
