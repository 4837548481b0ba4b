package org.parley.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.parley.speakers.SpeakerRegistry;

/**
 * Everything read from an {@code index-config/} folder, loaded and validated once.
 *
 * @param dir the folder
 * @param analysis {@code analysis.yaml} (defaults when absent)
 * @param topics {@code topics.yaml} (no topics when absent)
 * @param server {@code server.yaml} (defaults when absent)
 * @param speakers {@code speakers.yaml} (an empty registry when absent)
 * @param hash SHA-256 over every file of the folder, so a rebuild knows when the config changed
 */
public record ParleyConfig(
    Path dir,
    AnalysisConfig analysis,
    TopicsConfig topics,
    ServerConfig server,
    SpeakerRegistry speakers,
    String hash) {

  public static final String ANALYSIS_FILE = "analysis.yaml";
  public static final String TOPICS_FILE = "topics.yaml";
  public static final String SERVER_FILE = "server.yaml";
  public static final String SPEAKERS_FILE = "speakers.yaml";

  /** Loads the folder; any error names the file and the key. */
  public static ParleyConfig load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("config folder not found: " + dir);
    }
    AnalysisConfig analysis =
        optional(dir, ANALYSIS_FILE)
            ? YamlFiles.read(dir.resolve(ANALYSIS_FILE), AnalysisConfig.class)
            : AnalysisConfig.DEFAULT;
    TopicsConfig topics =
        optional(dir, TOPICS_FILE)
            ? YamlFiles.read(dir.resolve(TOPICS_FILE), TopicsConfig.class)
            : new TopicsConfig(List.of());
    ServerConfig server =
        optional(dir, SERVER_FILE)
            ? YamlFiles.read(dir.resolve(SERVER_FILE), ServerConfig.class)
            : ServerConfig.DEFAULT;
    SpeakerRegistry speakers =
        optional(dir, SPEAKERS_FILE)
            ? SpeakerRegistryLoader.load(dir.resolve(SPEAKERS_FILE))
            : SpeakerRegistry.empty();
    return new ParleyConfig(
        dir.toAbsolutePath().normalize(), analysis, topics, server, speakers, hashFolder(dir));
  }

  private static boolean optional(Path dir, String file) {
    return Files.isRegularFile(dir.resolve(file));
  }

  private static String hashFolder(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(
            file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file)) {
          digest.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read config folder " + dir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
