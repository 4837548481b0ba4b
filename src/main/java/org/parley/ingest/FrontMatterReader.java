package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.YamlErrors;

/** Separates a leading "---" YAML block from the transcript text that follows it. */
final class FrontMatterReader {
  private static final Pattern BLOCK =
      Pattern.compile(
          "\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The front matter (or {@link FrontMatter#NONE}) and the text after it. */
  record Split(FrontMatter frontMatter, String body) {}

  private FrontMatterReader() {}

  /** Splits {@code text} (newlines already normalised to LF). */
  static Split split(String text) throws UnusableFileException {
    if (!text.startsWith("---")) {
      return new Split(FrontMatter.NONE, text);
    }
    Matcher m = BLOCK.matcher(text);
    if (!m.find()) {
      if (text.startsWith("---\n")) {
        throw new UnusableFileException("front matter: no closing '---' line");
      }
      return new Split(FrontMatter.NONE, text);
    }
    String yaml = m.group(1);
    FrontMatter frontMatter = yaml.isBlank() ? FrontMatter.NONE : parse(yaml);
    return new Split(frontMatter == null ? FrontMatter.NONE : frontMatter, text.substring(m.end()));
  }

  private static FrontMatter parse(String yaml) throws UnusableFileException {
    try {
      return YAML.readValue(yaml, FrontMatter.class);
    } catch (UnrecognizedPropertyException e) {
      throw new UnusableFileException("front matter: unknown key '" + e.getPropertyName() + "'", e);
    } catch (JsonMappingException e) {
      throw new UnusableFileException("front matter: " + YamlErrors.describe(e), e);
    } catch (JsonProcessingException e) {
      throw new UnusableFileException("front matter: not valid YAML: " + e.getOriginalMessage(), e);
    }
  }
}
