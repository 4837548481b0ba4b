package org.parley.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraphs of a content element: each block element (paragraph, heading, list item, quote,
 * table cell...) and each line break ends one, inline markup (bold labels, links, italics) is read
 * through, so {@code <b>Name:</b> text} stays {@code Name: text} as printed. Only text nodes are
 * read: image alt text, attributes and comments never reach the transcript.
 */
final class ParagraphCollector {
  private static final Set<String> BREAKING =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "br",
          "caption",
          "center",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "figcaption",
          "figure",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul");

  private ParagraphCollector() {}

  /** The paragraphs of {@code roots}, in order; empty ones are left out. */
  static List<String> collect(List<Element> roots) {
    Visitor visitor = new Visitor();
    for (Element root : roots) {
      NodeTraversor.traverse(visitor, root);
      visitor.flush();
    }
    return visitor.paragraphs;
  }

  private static final class Visitor implements NodeVisitor {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        current.append(text.getWholeText());
      } else if (breaks(node)) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (breaks(node)) {
        flush();
      }
    }

    void flush() {
      String paragraph = PlainText.clean(current);
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
      current.setLength(0);
    }

    private static boolean breaks(Node node) {
      return node instanceof Element element && BREAKING.contains(element.normalName());
    }
  }
}
