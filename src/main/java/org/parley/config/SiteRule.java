package org.parley.config;

import java.util.List;
import java.util.Locale;

/**
 * One site of {@code index-config/sites.yaml}: how to find a saved page's parts on that site. Every
 * selector is a CSS selector (as browsers and jsoup read them); the importer checks that each one
 * parses when the file is loaded.
 *
 * @param name a short name for messages ("kremlin")
 * @param hosts the host names whose pages these rules read ("en.kremlin.ru"), lower case
 * @param organisation written to the transcript's front matter as {@code organisation}
 * @param title the element holding the title; the generic rules apply when absent
 * @param date the element holding the event date: its {@code datetime} or {@code content}
 *     attribute, else its text; the generic rules apply when absent
 * @param place the element holding the place, optional
 * @param body the elements holding the text, in page order (a comma joins several: the lead and the
 *     article); required, because a site rule without it would read the whole page
 * @param drop elements removed before the text is read (galleries, tooltips, tag lists), beyond the
 *     scripts, forms and navigation that are always removed
 */
public record SiteRule(
    String name,
    List<String> hosts,
    String organisation,
    String title,
    String date,
    String place,
    String body,
    List<String> drop) {
  public SiteRule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    if (hosts == null || hosts.isEmpty()) {
      throw new IllegalArgumentException("site '" + name + "' needs at least one host");
    }
    hosts = hosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).toList();
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("site '" + name + "' needs a body selector");
    }
    drop = drop == null ? List.of() : List.copyOf(drop);
  }
}
