package org.parley.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server.yaml}'s start-up warm-up settings, read as an operator writes them. */
class ServerConfigTest {
  @TempDir Path dir;

  @Test
  void warmUpDefaultsToThirtySecondsAndZeroTurnsItOff() throws IOException {
    assertThat(ServerConfig.DEFAULT.warmUpMs()).isEqualTo(30_000);
    assertThat(read("warm_up_ms: 0\n").warmUpMs()).isZero();
    assertThat(read("warm_up_ms: 2500\n").warmUpMs()).isEqualTo(2500);
  }

  @Test
  void negativeWarmUpIsRefusedByName() {
    assertThatThrownBy(() -> read("warm_up_ms: -1\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("warm_up_ms must be at least 0");
  }

  @Test
  void theWarmUpReplaysFiveHundredRecordedSearchesByDefaultAndZeroKeepsNone() throws IOException {
    assertThat(ServerConfig.DEFAULT.warmUpReplay()).isEqualTo(500);
    assertThat(read("warm_up_replay: 0\n").warmUpReplay()).isZero();
    assertThatThrownBy(() -> read("warm_up_replay: -5\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("warm_up_replay must be at least 0");
    assertThatThrownBy(() -> read("warm_up_replay: 10001\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("warm_up_replay must be at most 10000");
  }

  private ServerConfig read(String yaml) throws IOException {
    Path file = dir.resolve("server.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return YamlFiles.read(file, ServerConfig.class);
  }
}
