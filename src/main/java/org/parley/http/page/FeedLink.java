package org.parley.http.page;

/**
 * The Atom feed of the search a page shows ({@code /feed.atom} with the page's filters): announced
 * in the head for feed readers and browsers, and offered as a visible Subscribe link.
 */
final class FeedLink {
  static final String PATH = "/feed.atom";

  private FeedLink() {}

  /** The feed's URL: the page's query and filters (the feed has its own order and no pages). */
  static String url(PageQuery state) {
    return state.params().with("sort", null).with("page", null).on(PATH);
  }

  /** {@code <a data-feed>Subscribe</a>}, next to the export links. */
  static String subscribe(PageQuery state) {
    return new Html()
        .element(
            "a",
            "Subscribe (Atom feed)",
            "href",
            url(state),
            "type",
            "application/atom+xml",
            "data-feed",
            "")
        .toString();
  }
}
