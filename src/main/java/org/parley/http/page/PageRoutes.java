package org.parley.http.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import org.parley.http.WebRoutes;
import org.parley.search.BrowseService;
import org.parley.search.CorpusOverview;
import org.parley.search.DocumentView;
import org.parley.search.InvalidRequestException;
import org.parley.search.ParagraphContext;
import org.parley.search.PhraseService;
import org.parley.search.SearchResponse;
import org.parley.search.SearchService;

/**
 * Parley's HTML pages and their static files: {@code GET /} (the search page, rendered on the
 * server so it works without JavaScript), {@code GET /p/{id}} (a paragraph's permalink), {@code
 * /static/app.js}, {@code /static/app.css} and {@code /embed.js} (the embeddable box).
 */
public final class PageRoutes implements WebRoutes {
  private final SearchService search;
  private final BrowseService browse;
  private final PhraseService phrases;
  private final StaticAssets appJs = StaticAssets.load("app.js", StaticAssets.JS, false);
  private final StaticAssets appCss = StaticAssets.load("app.css", StaticAssets.CSS, false);
  private final StaticAssets embedJs = StaticAssets.load("embed.js", StaticAssets.JS, true);

  public PageRoutes(SearchService search, BrowseService browse) {
    this(search, browse, null);
  }

  /**
   * @param phrases the phrase history shown beside a quoted phrase's results; {@code null}: none
   */
  public PageRoutes(SearchService search, BrowseService browse, PhraseService phrases) {
    this.search = search;
    this.browse = browse;
    this.phrases = phrases;
  }

  /** Adds the routes inside {@code Javalin.create(config -> ...)}, after the API's. */
  @Override
  public void register(JavalinConfig config) {
    config.routes.get("/", this::searchPage);
    config.routes.get("/p/{id}", this::permalink);
    config.routes.get(PageLayout.SCRIPT, appJs::serve);
    config.routes.get(PageLayout.STYLESHEET, appCss::serve);
    config.routes.get("/embed.js", embedJs::serve);
  }

  private void searchPage(Context ctx) throws IOException {
    PageQuery state = PageQuery.parse(ctx.queryParamMap());
    String error = state.error();
    SearchResponse response = null;
    if (error == null && state.isSearch()) {
      try {
        response = search.search(state.request());
      } catch (InvalidRequestException e) {
        error = PageQuery.describe(e);
      }
    }
    SecurityHeaders.page(ctx);
    ctx.status(error == null ? 200 : 400);
    CorpusOverview corpus = state.isSearch() ? null : browse.overview();
    html(ctx, SearchPage.render(state, response, error, corpus, phrasePanel(state, response)));
  }

  /** The history panel when the query is one quoted phrase that searched without error. */
  private String phrasePanel(PageQuery state, SearchResponse response) throws IOException {
    if (phrases == null || response == null || !PhraseHistoryPanel.isPhrase(state.query())) {
      return "";
    }
    try {
      return PhraseHistoryPanel.render(phrases.history(state.request()));
    } catch (InvalidRequestException e) {
      return ""; // "\"nato\"": one word has no history worth a panel
    }
  }

  private void permalink(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<ParagraphContext> paragraph = browse.paragraph(id, 0);
    Optional<DocumentView> document =
        paragraph.isPresent() ? browse.document(paragraph.get().doc().id()) : Optional.empty();
    SecurityHeaders.page(ctx);
    // The document is read after the paragraph; a generation switch in between can lose it.
    if (document.isEmpty()
        || document.get().paragraphs().stream().noneMatch(p -> p.id().equals(id))) {
      ctx.status(404);
      html(ctx, PermalinkPage.notFound());
      return;
    }
    html(ctx, PermalinkPage.render(document.get(), id));
  }

  /** {@code ctx.html} would send no charset; the pages are UTF-8. */
  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }
}
