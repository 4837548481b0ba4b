package org.parley.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code index-config/sites.yaml}: per-site rules for importing saved web pages. */
public record SitesConfig(List<SiteRule> sites) {
  public static final String FILE = "sites.yaml";

  public static final SitesConfig NONE = new SitesConfig(List.of());

  public SitesConfig {
    sites = sites == null ? List.of() : List.copyOf(sites);
    Map<String, String> siteByHost = new HashMap<>();
    for (SiteRule site : sites) {
      for (String host : site.hosts()) {
        String earlier = siteByHost.putIfAbsent(host, site.name());
        if (earlier != null) {
          throw new IllegalArgumentException(
              "host '" + host + "' belongs to both '" + earlier + "' and '" + site.name() + "'");
        }
      }
    }
  }

  /** Reads {@code sites.yaml} from a config folder; no site rules when the file is absent. */
  public static SitesConfig load(Path configDir) {
    Path file = configDir.resolve(FILE);
    return Files.isRegularFile(file) ? YamlFiles.read(file, SitesConfig.class) : NONE;
  }
}
