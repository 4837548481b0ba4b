package org.parley.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Finds a parsed page's title, date, source, organisation, place and paragraphs: by the rules of
 * its site when {@code sites.yaml} knows the host, otherwise by the generic rules.
 */
final class PageExtractor {
  /**
   * Never text: scripts, styles, forms and their controls, navigation, embedded media. Removed on
   * every page, whatever the site rules say.
   */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, form, input, button, select, textarea, label, nav,"
          + " iframe, object, embed, svg, canvas, video, audio, dialog, [hidden], [aria-hidden=true]";

  /** Page furniture around the content; dropped before the generic rules look for it. */
  private static final String FURNITURE = "header, footer, aside, [role=navigation]";

  private final SiteRulebook rulebook;

  PageExtractor(SiteRulebook rulebook) {
    this.rulebook = rulebook;
  }

  ExtractedPage extract(Document page) throws RejectedPageException {
    if (page.head().childrenSize() == 0 && page.body().childrenSize() == 0) {
      throw new RejectedPageException("not an HTML page (no markup in it)");
    }
    String source = PageSource.find(page).orElse(null);
    Optional<SiteSelectors> site =
        Optional.ofNullable(source).flatMap(PageSource::host).flatMap(rulebook::forHost);
    // Metadata is read before anything is removed: titles sit in headers, dates in navigation.
    String title =
        site.map(s -> text(page, s.title())).filter(t -> !t.isEmpty()).orElse(genericTitle(page));
    if (title.isEmpty()) {
      throw new RejectedPageException("no title (no <h1>, og:title or <title>)");
    }
    LocalDate date =
        site.flatMap(s -> date(page, s.date()))
            .or(() -> genericDate(page))
            .orElseThrow(
                () -> new RejectedPageException("no date (no <time datetime> or date meta tag)"));
    String place = site.map(s -> text(page, s.place())).filter(p -> !p.isEmpty()).orElse(null);
    String organisation =
        site.map(SiteSelectors::organisation).orElseGet(() -> genericOrganisation(page, source));

    page.select(NEVER_TEXT).remove();
    List<String> paragraphs =
        site.isPresent() ? siteParagraphs(page, site.get()) : genericParagraphs(page);
    if (paragraphs.isEmpty()) {
      throw new RejectedPageException(
          site.map(s -> "no body text where the '" + s.name() + "' rules of sites.yaml look")
              .orElse("no recognisable body text (no <article>, <main> or block of paragraphs)"));
    }
    return new ExtractedPage(title, date, source, organisation, place, paragraphs);
  }

  private static List<String> siteParagraphs(Document page, SiteSelectors site) {
    site.drop().forEach(drop -> page.select(drop).remove());
    List<Element> bodies = new ArrayList<>();
    for (Element candidate : page.select(site.body())) {
      // "a, b" may match an element and one inside it: read the text once.
      if (bodies.stream().noneMatch(candidate.parents()::contains)) {
        bodies.add(candidate);
      }
    }
    return ParagraphCollector.collect(bodies);
  }

  private static List<String> genericParagraphs(Document page) {
    page.select(FURNITURE).remove();
    return GenericContent.find(page)
        .map(content -> ParagraphCollector.collect(List.of(content)))
        .orElse(List.of());
  }

  private static String genericTitle(Document page) {
    for (String css : List.of("h1", "meta[property=og:title]", "title")) {
      Element element = page.selectFirst(css);
      if (element != null) {
        String title =
            PlainText.clean(element.is("meta") ? element.attr("content") : element.wholeText());
        if (!title.isEmpty()) {
          return title;
        }
      }
    }
    return "";
  }

  private static Optional<LocalDate> genericDate(Document page) {
    String css =
        "time[datetime], meta[property=article:published_time], meta[name=date],"
            + " meta[name=dc.date], meta[name=DC.date.issued], meta[itemprop=datePublished],"
            + " [itemprop=datePublished]";
    for (Element element : page.select(css)) {
      Optional<LocalDate> date = PageDates.of(element);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static String genericOrganisation(Document page, String source) {
    Element siteName = page.selectFirst("meta[property=og:site_name][content]");
    if (siteName != null && !PlainText.clean(siteName.attr("content")).isEmpty()) {
      return PlainText.clean(siteName.attr("content"));
    }
    return source == null ? null : PageSource.host(source).orElse(null);
  }

  private static Optional<LocalDate> date(Document page, Evaluator selector) {
    if (selector == null) {
      return Optional.empty();
    }
    Element element = page.selectFirst(selector);
    return element == null ? Optional.empty() : PageDates.of(element);
  }

  /** Whole text, because jsoup's {@code text()} turns no-break spaces into spaces. */
  private static String text(Document page, Evaluator selector) {
    if (selector == null) {
      return "";
    }
    Element element = page.selectFirst(selector);
    return element == null ? "" : PlainText.clean(element.wholeText());
  }
}
