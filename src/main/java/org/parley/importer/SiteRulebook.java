package org.parley.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.parley.config.ConfigException;
import org.parley.config.SiteRule;
import org.parley.config.SitesConfig;

/** The per-site rules of {@code sites.yaml}, compiled once and looked up by a page's host. */
public final class SiteRulebook {
  private final Map<String, SiteSelectors> siteByHost;

  private SiteRulebook(Map<String, SiteSelectors> siteByHost) {
    this.siteByHost = Map.copyOf(siteByHost);
  }

  /** No site rules: every page is read by the generic rules. */
  public static SiteRulebook generic() {
    return new SiteRulebook(Map.of());
  }

  /**
   * Compiles every selector.
   *
   * @throws ConfigException naming the file and key path of a selector that does not parse
   */
  public static SiteRulebook compile(SitesConfig config) {
    Map<String, SiteSelectors> siteByHost = new HashMap<>();
    for (int i = 0; i < config.sites().size(); i++) {
      SiteRule rule = config.sites().get(i);
      String path = "sites[" + i + "]";
      List<Evaluator> drop = new ArrayList<>();
      for (int d = 0; d < rule.drop().size(); d++) {
        drop.add(selector(path + ".drop[" + d + "]", rule.drop().get(d)));
      }
      SiteSelectors site =
          new SiteSelectors(
              rule.name(),
              rule.organisation(),
              optional(path + ".title", rule.title()),
              optional(path + ".date", rule.date()),
              optional(path + ".place", rule.place()),
              selector(path + ".body", rule.body()),
              List.copyOf(drop));
      rule.hosts().forEach(host -> siteByHost.put(host, site));
    }
    return new SiteRulebook(siteByHost);
  }

  /** The rules for a page from {@code host}, if the site is known. */
  Optional<SiteSelectors> forHost(String host) {
    return Optional.ofNullable(siteByHost.get(host));
  }

  private static Evaluator optional(String path, String css) {
    return css == null || css.isBlank() ? null : selector(path, css);
  }

  private static Evaluator selector(String path, String css) {
    try {
      return QueryParser.parse(css);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw new ConfigException(
          SitesConfig.FILE + ": " + path + ": not a CSS selector: '" + css + "': " + e.getMessage(),
          e);
    }
  }
}
