package org.parley.importer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main content of a page of an unknown site: the {@code <article>} with the most text, else
 * {@code <main>}, else the element whose own paragraphs ({@code <p>} children) hold the most text.
 */
final class GenericContent {
  private GenericContent() {}

  static Optional<Element> find(Document page) {
    Optional<Element> article = largest(page.select("article"));
    if (article.isPresent() && hasText(article.get())) {
      return article;
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null && hasText(main)) {
      return Optional.of(main);
    }
    return densest(page);
  }

  private static Optional<Element> densest(Document page) {
    // Only a strictly larger total replaces the best, so a tie goes to the block printed first.
    Map<Element, Integer> textByParent = new HashMap<>();
    Element best = null;
    int bestText = 0;
    for (Element paragraph : page.body().select("p")) {
      Element parent = paragraph.parent();
      if (parent == null) {
        continue;
      }
      int text = textByParent.merge(parent, paragraph.text().length(), Integer::sum);
      if (text > bestText) {
        best = parent;
        bestText = text;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Element> largest(List<Element> candidates) {
    return candidates.stream().max(Comparator.comparingInt(e -> e.text().length()));
  }

  private static boolean hasText(Element element) {
    return !element.text().isBlank();
  }
}
