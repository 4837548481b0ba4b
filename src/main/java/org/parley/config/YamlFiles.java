package org.parley.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one {@code index-config/} YAML file into a record. Unknown keys are rejected and every
 * error names the file and the key path ({@code topics.yaml: topics[3].query: ...}).
 */
public final class YamlFiles {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // "burst: 1.5" is a mistake to report, not a number to truncate.
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private YamlFiles() {}

  /** Binds {@code file} to {@code type}; throws {@link ConfigException} naming file and key. */
  public static <T> T read(Path file, Class<T> type) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file.getFileName() + ": file not found in " + file.getParent());
    }
    try {
      T value = YAML.readValue(file.toFile(), type);
      if (value == null) {
        throw new ConfigException(file.getFileName() + ": file is empty");
      }
      return value;
    } catch (JsonMappingException e) {
      throw new ConfigException(file.getFileName() + ": " + YamlErrors.describe(e), e);
    } catch (IOException e) {
      throw new ConfigException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
