package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ConfigException;
import org.parley.config.SitesConfig;

/** {@code sites.yaml} is checked when loaded; every error names the file and the key path. */
class SitesConfigTest {
  @TempDir Path tmp;

  private SiteRulebook load(String yaml) throws IOException {
    Files.writeString(tmp.resolve(SitesConfig.FILE), yaml);
    return SiteRulebook.compile(SitesConfig.load(tmp));
  }

  @Test
  void shipped_sites_yaml_loads_and_knows_the_kremlin_site() {
    SiteRulebook rulebook = SiteRulebook.compile(SitesConfig.load(Path.of("index-config")));

    assertThat(rulebook.forHost("en.kremlin.ru"))
        .get()
        .extracting(SiteSelectors::organisation)
        .isEqualTo("President of Russia (en.kremlin.ru)");
  }

  @Test
  void missing_sites_yaml_means_generic_rules_only() {
    assertThat(SitesConfig.load(tmp).sites()).isEmpty();
  }

  @Test
  void unknown_key_is_rejected_with_file_and_key_path() {
    String yaml = "sites:\n  - name: r\n    hosts: [r.example]\n    body: main\n    bodey: p\n";

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("sites.yaml: sites[0].bodey: unknown key");
  }

  @Test
  void selector_that_does_not_parse_is_rejected_with_file_and_key_path() {
    String yaml =
        "sites:\n  - name: r\n    hosts: [r.example]\n    body: main\n    drop: ['.ok', 'div[']\n";

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("sites.yaml: sites[0].drop[1]: not a CSS selector: 'div['");
  }

  @Test
  void site_without_a_body_selector_is_rejected() {
    String yaml = "sites:\n  - name: r\n    hosts: [r.example]\n";

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessage("sites.yaml: sites[0]: site 'r' needs a body selector");
  }

  @Test
  void host_claimed_by_two_sites_is_rejected() {
    String yaml =
        "sites:\n  - {name: a, hosts: [r.example], body: main}\n"
            + "  - {name: b, hosts: [R.example], body: main}\n";

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("host 'r.example' belongs to both 'a' and 'b'");
  }
}
