package org.parley.http;

import java.util.List;
import org.parley.config.ParleyConfig;
import org.parley.config.TopicsConfig;
import org.parley.search.BrowseService;
import org.parley.search.PhraseService;
import org.parley.search.SearchService;
import org.parley.search.SearchStack;
import org.parley.search.SuggestService;

/**
 * Everything the web application is built from: the services it calls, the topics (for their
 * descriptions), the enforced limits, the page routes, and the sample that requests are recorded in
 * for the next start's warm-up.
 */
public record ApiDependencies(
    SearchService search,
    BrowseService browse,
    PhraseService phrases,
    SuggestService suggest,
    TopicsConfig topics,
    HttpSettings settings,
    WebRoutes webRoutes,
    RequestSample sample) {

  /**
   * The usual wiring: the services of {@code stack}, limits from {@code config} + extra origins.
   */
  public static ApiDependencies of(
      SearchStack stack, SuggestService suggest, ParleyConfig config, List<String> extraOrigins) {
    return new ApiDependencies(
        stack.search(),
        stack.browse(),
        stack.phrases(),
        suggest,
        config.topics(),
        HttpSettings.from(config.server(), extraOrigins),
        WebRoutes.NONE,
        new RequestSample(0));
  }

  /** The same, with the pages registered by {@code routes}. */
  public ApiDependencies withWebRoutes(WebRoutes routes) {
    return new ApiDependencies(search, browse, phrases, suggest, topics, settings, routes, sample);
  }

  /** The same, recording the searches it answers in {@code requests}. */
  public ApiDependencies withSample(RequestSample requests) {
    return new ApiDependencies(
        search, browse, phrases, suggest, topics, settings, webRoutes, requests);
  }
}
