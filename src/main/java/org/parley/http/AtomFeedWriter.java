package org.parley.http;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parley.search.Hit;
import org.parley.search.HtmlEscaper;

/**
 * Writes one Atom 1.0 feed (RFC 4287) with the JDK's {@link XMLStreamWriter}, which escapes every
 * text and attribute, so no transcript text reaches the XML unescaped. An entry's content is HTML
 * (the paragraph HTML-escaped, with Parley's own {@code <mark>} around matches), which the XML
 * writer escapes a second time, as Atom's {@code type="html"} requires.
 */
final class AtomFeedWriter {
  static final String MEDIA_TYPE = "application/atom+xml";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private static final DateTimeFormatter HUMAN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ROOT);

  /**
   * What the feed says about itself.
   *
   * @param self the feed's absolute URL (also its id: one feed per query)
   * @param page the absolute URL of the same search on the search page
   * @param title the feed's title
   * @param updated the newest entry's first-indexed instant (the build time when empty)
   */
  record FeedHead(String self, String page, String title, Instant updated) {}

  private AtomFeedWriter() {}

  /** The feed of {@code hits} (newest first) with absolute links under {@code base}. */
  static String write(FeedHead head, List<Hit> hits, String base) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", head.self());
      element(xml, "title", head.title());
      element(xml, "updated", head.updated().toString());
      link(xml, "self", MEDIA_TYPE, head.self());
      link(xml, "alternate", "text/html", head.page());
      xml.writeStartElement("author");
      element(xml, "name", "Parley");
      xml.writeEndElement();
      element(xml, "generator", "Parley");
      for (Hit hit : hits) {
        entry(xml, hit, base);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void entry(XMLStreamWriter xml, Hit hit, String base) throws XMLStreamException {
    String permalink = base + hit.url();
    String speaker = speaker(hit);
    xml.writeStartElement("entry");
    element(xml, "id", permalink);
    element(xml, "title", speaker + ": " + hit.doc().title());
    link(xml, "alternate", "text/html", permalink);
    // updated: when Parley first had it (what "new since my last look" means);
    // published: when it was said.
    element(xml, "updated", updated(hit).toString());
    element(xml, "published", publishedOf(hit.date()));
    xml.writeStartElement("author");
    element(xml, "name", speaker);
    xml.writeEndElement();
    for (String topic : hit.topics()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", xmlSafe(topic));
    }
    xml.writeStartElement("content");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(xmlSafe(contentHtml(hit)));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** The entry's HTML: the paragraph, its citation, and both of its dates in words. */
  static String contentHtml(Hit hit) {
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(hit.highlight()).append("</p>");
    html.append("<p><cite>").append(HtmlEscaper.escape(hit.citation())).append("</cite></p>");
    String said = HUMAN_DATE.format(LocalDate.parse(hit.date()));
    String added =
        hit.firstIndexed() == null
            ? "date not recorded"
            : HUMAN_DATE.format(Instant.parse(hit.firstIndexed()).atZone(ZoneOffset.UTC));
    html.append("<p>Said on ")
        .append(HtmlEscaper.escape(said))
        .append("; added to Parley on ")
        .append(HtmlEscaper.escape(added))
        .append(".</p>");
    return html.toString();
  }

  /** The first-indexed instant; a paragraph of an index that never recorded it, its date. */
  static Instant updated(Hit hit) {
    return hit.firstIndexed() != null
        ? Instant.parse(hit.firstIndexed())
        : LocalDate.parse(hit.date()).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String publishedOf(String isoDate) {
    return LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  private static String speaker(Hit hit) {
    if (hit.speaker() != null) {
      return hit.speaker();
    }
    String label = hit.speakerLabel();
    return label == null || label.isBlank() ? "Unknown speaker" : label;
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlSafe(text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", xmlSafe(href));
  }

  /**
   * {@code text} without the characters XML 1.0 cannot carry even escaped (controls other than tab
   * and line breaks, lone surrogates, U+FFFE and U+FFFF): a transcript holding one would otherwise
   * make the whole feed unreadable.
   */
  static String xmlSafe(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed =
          pair
              || c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c < 0xD800)
              || (c > 0xDFFF && c < 0xFFFE);
      if (!allowed && safe == null) {
        safe = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (safe != null) {
        if (allowed) {
          safe.append(c);
          if (pair) {
            safe.append(text.charAt(++i));
          }
        }
      } else if (pair) {
        i++;
      }
    }
    return safe == null ? text : safe.toString();
  }
}
