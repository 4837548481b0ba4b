package org.parley.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.search.BrowseService;
import org.parley.search.Hit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResponse;
import org.parley.search.SearchService;
import org.parley.search.SortOrder;

/**
 * {@code GET /feed.atom}: a search as an Atom feed. It takes the parameters of {@code /api/search}
 * (so a search URL becomes a feed URL by changing its path), validated by the same declarations;
 * the order is always most recently added to Parley first, then newest statement first ({@link
 * SortOrder#INDEXED_DESC}), so an old statement added late shows up as new. Feed readers poll it
 * cheaply: the ETag names the generation and the URL, {@code Last-Modified} is the newest entry's
 * first-indexed time, and either validator gets a 304.
 */
final class FeedHandler {
  static final String PATH = "/feed.atom";

  static final Param SIZE =
      Param.integer("size", "Entries in the feed, most recently added first.", 1, 100, 20);

  /** The search parameters with the feed's own {@code size}. */
  static final List<Param> PARAMS = feedParams();

  /**
   * A Host header Parley will put in its links: a DNS name or an IP literal, with an optional port,
   * and nothing else (no user info, path, spaces or markup).
   */
  /** HTTP-date (RFC 9110, 5.6.7): the day always in two digits, unlike RFC 1123's formatter. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

  private static final Pattern HOST =
      Pattern.compile(
          "([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?");

  private final SearchService search;
  private final BrowseService browse;
  private final SearchSlots slots;

  FeedHandler(SearchService search, BrowseService browse, SearchSlots slots) {
    this.search = search;
    this.browse = browse;
    this.slots = slots;
  }

  private static List<Param> feedParams() {
    List<Param> params = new ArrayList<>();
    for (Param p : SearchParams.ALL) {
      params.add(p == SearchParams.SIZE ? SIZE : p);
    }
    return List.copyOf(params);
  }

  void feed(Context ctx) throws IOException {
    RequestParams params = RequestParams.read(ctx, PARAMS);
    SearchRequest request = feedRequest(SearchParams.read(params), params.integer(SIZE));
    String base = baseUrl(ctx);
    String generation = browse.generation();
    String etag = ETags.of(generation, ctx);
    if (ETags.matches(ctx.header(Header.IF_NONE_MATCH), etag)) {
      notModified(ctx, etag, null);
      return;
    }
    SearchResponse response;
    try (SearchSlots.Slot slot = slots.acquire()) {
      response = search.search(request);
    }
    // A generation switch during the search: the tag names the one read last, which at worst
    // makes a reader fetch once more.
    etag = ETags.of(browse.generation(), ctx);
    List<Hit> hits = response.hits();
    Instant updated = hits.isEmpty() ? builtAt() : AtomFeedWriter.updated(hits.get(0));
    Instant lastModified = updated.truncatedTo(ChronoUnit.SECONDS);
    // If-Modified-Since counts only without If-None-Match (RFC 9110, 13.1.3).
    if (ctx.header(Header.IF_NONE_MATCH) == null
        && notModifiedSince(ctx.header(Header.IF_MODIFIED_SINCE), lastModified)) {
      notModified(ctx, etag, lastModified);
      return;
    }
    String query = ctx.queryString();
    String suffix = query == null || query.isEmpty() ? "" : "?" + query;
    AtomFeedWriter.FeedHead head =
        new AtomFeedWriter.FeedHead(
            base + PATH + suffix, base + "/" + suffix, title(request), updated);
    headers(ctx, etag, lastModified);
    ctx.contentType(AtomFeedWriter.MEDIA_TYPE + "; charset=utf-8");
    ctx.result(AtomFeedWriter.write(head, hits, base));
  }

  /** When the live generation was built: the date of a feed without entries. */
  private Instant builtAt() throws IOException {
    try {
      return Instant.parse(browse.stats().builtAt());
    } catch (DateTimeParseException e) {
      return Instant.EPOCH; // an index whose commit did not record it
    }
  }

  /** The search a feed runs: its filters, most recently added first, whole paragraphs. */
  static SearchRequest feedRequest(SearchRequest asked, int size) {
    return new SearchRequest(
        asked.query(),
        asked.speakers(),
        asked.topics(),
        asked.roles(),
        asked.from(),
        asked.to(),
        asked.docs(),
        SortOrder.INDEXED_DESC,
        1,
        size,
        0,
        Set.of(),
        false);
  }

  private static String title(SearchRequest request) {
    List<String> parts = new ArrayList<>();
    if (!request.query().isBlank()) {
      parts.add("\u201c" + request.query().strip() + "\u201d");
    }
    request.speakers().forEach(parts::add);
    request.topics().forEach(parts::add);
    request.roles().forEach(parts::add);
    request.docs().forEach(parts::add);
    if (request.from() != null) {
      parts.add("from " + request.from());
    }
    if (request.to() != null) {
      parts.add("to " + request.to());
    }
    return parts.isEmpty() ? "Parley: every statement" : "Parley: " + String.join(", ", parts);
  }

  /**
   * The scheme and host the links of the feed start with. Parley has no configured public address,
   * so it takes the request's own: the feed goes back to whoever sent that Host header, and caches
   * key on it, so a forged one only misleads its sender. It is still checked to be a bare host and
   * port before it is written into links.
   */
  static String baseUrl(Context ctx) {
    String host = ctx.header(Header.HOST);
    String normalised = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    if (!HOST.matcher(normalised).matches()) {
      throw ApiException.badRequest("bad_host", "the Host header is not a host name and port");
    }
    String scheme = "https".equals(ctx.scheme()) ? "https" : "http";
    return scheme + "://" + normalised;
  }

  private static boolean notModifiedSince(String header, Instant lastModified) {
    if (header == null) {
      return false;
    }
    try {
      Instant since = ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !lastModified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an unreadable date is ignored, as RFC 9110 says
    }
  }

  private static void notModified(Context ctx, String etag, Instant lastModified) {
    headers(ctx, etag, lastModified);
    ctx.status(304);
  }

  private static void headers(Context ctx, String etag, Instant lastModified) {
    ctx.header(Header.ETAG, etag);
    if (lastModified != null) {
      ctx.header(Header.LAST_MODIFIED, HTTP_DATE.format(lastModified.atZone(ZoneOffset.UTC)));
    }
    // Readers revalidate (cheaply, with the validators above) rather than reuse blindly.
    ctx.header(Header.CACHE_CONTROL, "no-cache");
    ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  }
}
