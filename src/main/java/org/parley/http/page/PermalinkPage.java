package org.parley.http.page;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.parley.search.DocumentView;
import org.parley.search.Hit;

/**
 * The permalink of one paragraph ({@code GET /p/{id}}): the whole transcript, that paragraph marked
 * ({@code aria-current}) with its citation, and a jump link so it is reached without JavaScript
 * too; the script scrolls to it and focuses it.
 */
public final class PermalinkPage {
  private PermalinkPage() {}

  /** The transcript {@code document} with paragraph {@code currentId} marked. */
  public static String render(DocumentView document, String currentId) {
    Hit current =
        document.paragraphs().stream()
            .filter(p -> p.id().equals(currentId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("paragraph not in its document"));
    Hit.DocRef doc = document.doc();
    String title = doc.title() == null || doc.title().isBlank() ? "Transcript" : doc.title();
    Html html = new Html();
    PageLayout.start(html, title + ", para. " + current.paragraph() + " – Parley", "permalink");
    searchForm(html);
    html.raw("<main id=\"main\"><header class=\"doc-head\">")
        .element("h1", title)
        .raw("<p>")
        .element("time", PageLayout.longDate(doc.date()), "datetime", doc.date());
    String source = safeSource(doc.source());
    if (source != null) {
      html.raw(" · ")
          .element("a", "Original source", "href", source, "rel", "noopener noreferrer external");
    }
    if (doc.organisation() != null) {
      html.raw(" · ").element("span", doc.organisation(), "class", "org");
    }
    if ("approximate".equals(doc.datePrecision())) {
      html.text(" · date approximate (only the year is known)");
    }
    if (doc.licence() != null) {
      html.raw(" · ").element("span", doc.licence(), "class", "licence");
    }
    html.raw("</p>");
    if (doc.attribution() != null) {
      html.element("p", doc.attribution(), "class", "attribution");
    }
    html.raw("<p>")
        .element("a", "Jump to paragraph " + current.paragraph(), "href", "#" + anchor(current))
        .raw("</p></header><ol class=\"transcript\">");
    String previousLabel = null;
    for (Hit p : document.paragraphs()) {
      boolean isCurrent = p == current;
      html.open(
          "li",
          "id",
          anchor(p),
          "class",
          isCurrent ? "para current" : "para",
          "aria-current",
          isCurrent ? "true" : null,
          "tabindex",
          isCurrent ? "-1" : null,
          "data-id",
          p.id());
      html.element(
          "a",
          "¶ " + p.paragraph(),
          "class",
          "num",
          "href",
          PageLayout.permalink(p.id()),
          "aria-label",
          "Permalink to paragraph " + p.paragraph());
      String label = p.speakerLabel() != null ? p.speakerLabel() : p.speaker();
      if (label != null && !Objects.equals(label, previousLabel)) {
        html.element("p", label, "class", "who");
      }
      previousLabel = label;
      html.element("p", p.text(), "class", "text");
      if (isCurrent) {
        html.raw("<p class=\"citation\"><span>Cite as:</span> ")
            .element("cite", current.citation())
            .raw(" ")
            .element(
                "button",
                "Copy citation",
                "type",
                "button",
                "class",
                "copy",
                "data-citation",
                current.citation(),
                "hidden",
                "")
            .raw("</p>");
      }
      html.raw("</li>");
    }
    html.raw("</ol></main>");
    PageLayout.end(html);
    return html.toString();
  }

  /** The page for an unknown paragraph id (served with 404). */
  public static String notFound() {
    Html html = new Html();
    PageLayout.start(html, "Paragraph not found – Parley", "permalink");
    searchForm(html);
    html.raw("<main id=\"main\" class=\"notfound\"><h1>Paragraph not found</h1>")
        .raw("<p>This link names no paragraph in the current index. ")
        .raw("<a href=\"/\">Search again</a>.</p></main>");
    PageLayout.end(html);
    return html.toString();
  }

  private static void searchForm(Html html) {
    html.raw("<form class=\"search query\" role=\"search\" method=\"get\" action=\"/\">")
        .raw("<label for=\"q\">Search statements</label><div class=\"combo\">")
        .raw("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"1000\" ")
        .raw(
            "placeholder=\"Search statements\"></div><button type=\"submit\">Search</button></form>");
  }

  private static String anchor(Hit p) {
    return "para-" + p.paragraph();
  }

  /** Only http(s) URLs become links: a {@code javascript:} source stays unlinked. */
  static String safeSource(String source) {
    if (source == null) {
      return null;
    }
    try {
      URI uri = new URI(source.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? uri.toString()
          : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
