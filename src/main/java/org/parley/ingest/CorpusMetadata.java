package org.parley.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.config.YamlErrors;

/**
 * What a corpus says about its own files, beside the transcripts: an optional {@value #FILE} at the
 * corpus root (provenance per source folder, the manifest, the files that are not transcripts) and
 * the manifest it names (provenance per file). A transcript's front matter wins over both.
 *
 * <pre>
 * manifest: MANIFEST.tsv              # tab-separated, header row; columns used: file, source_url,
 *                                     # organisation, licence, date_note, date_precision
 * not_transcripts: [README.md, MANIFEST.tsv]
 * examples: ["dual-track approach", JCPOA]   # searches the empty search page suggests
 * sources:
 *   kremlin:                          # a folder directly below the corpus root
 *     organisation: President of Russia (en.kremlin.ru)
 *     licence: CC BY 4.0
 *     licence_url: https://creativecommons.org/licenses/by/4.0/
 *     attribution: © President of Russia, en.kremlin.ru, CC BY 4.0
 * </pre>
 */
public final class CorpusMetadata {
  /** The corpus's own description file, at its root. */
  public static final String FILE = "corpus.yaml";

  /** Names that are never transcripts, wherever they are, even without a {@value #FILE}. */
  private static final Set<String> CONVENTIONAL =
      Set.of("readme.md", "license", "license.md", "licence", "licence.md", "manifest.tsv");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static final CorpusMetadata NONE = new CorpusMetadata(Set.of(), Map.of(), Map.of(), List.of());

  private final Set<String> notTranscripts;
  private final Map<String, Provenance> byFolder;
  private final Map<String, ManifestRow> byFile;
  private final List<String> examples;

  private CorpusMetadata(
      Set<String> notTranscripts,
      Map<String, Provenance> byFolder,
      Map<String, ManifestRow> byFile,
      List<String> examples) {
    this.notTranscripts = notTranscripts;
    this.byFolder = byFolder;
    this.byFile = byFile;
    this.examples = examples;
  }

  /** Searches the corpus suggests to a newcomer (the empty search page shows them). */
  List<String> examples() {
    return examples;
  }

  /**
   * Reads {@value #FILE} and its manifest from {@code corpusDir}; {@link #NONE} when there is none.
   *
   * @throws UnusableFileException naming the file and the key when either cannot be used
   */
  static CorpusMetadata read(Path corpusDir) throws UnusableFileException, IOException {
    Path file = corpusDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    Description description;
    try {
      description =
          YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), Description.class);
    } catch (UnrecognizedPropertyException e) {
      throw new UnusableFileException("unknown key '" + e.getPropertyName() + "'", e);
    } catch (JsonMappingException e) {
      throw new UnusableFileException(YamlErrors.describe(e), e);
    }
    if (description == null) {
      return NONE;
    }
    Map<String, Provenance> byFolder = new HashMap<>();
    if (description.sources() != null) {
      description
          .sources()
          .forEach(
              (folder, s) ->
                  byFolder.put(
                      folder,
                      new Provenance(
                          s.organisation(),
                          s.licence(),
                          s.licenceUrl(),
                          s.attribution(),
                          DatePrecision.EXACT)));
    }
    Map<String, ManifestRow> byFile = Map.of();
    if (description.manifest() != null) {
      Path manifest = corpusDir.resolve(description.manifest()).normalize();
      if (!manifest.startsWith(corpusDir.normalize()) || !Files.isRegularFile(manifest)) {
        throw new UnusableFileException(
            "manifest: '" + description.manifest() + "' is not a file of the corpus");
      }
      byFile = ManifestRow.read(manifest);
    }
    Set<String> notTranscripts = new java.util.HashSet<>();
    notTranscripts.add(FILE);
    if (description.notTranscripts() != null) {
      notTranscripts.addAll(description.notTranscripts());
    }
    if (description.manifest() != null) {
      notTranscripts.add(description.manifest());
    }
    List<String> examples =
        description.examples() == null
            ? List.of()
            : description.examples().stream().filter(e -> e != null && !e.isBlank()).toList();
    return new CorpusMetadata(Set.copyOf(notTranscripts), byFolder, byFile, examples);
  }

  /** Whether {@code relativePath} is a description of the corpus rather than a transcript. */
  boolean isNotTranscript(String relativePath) {
    return relativePath.equals(FILE)
        || notTranscripts.contains(relativePath)
        || CONVENTIONAL.contains(DocumentPaths.fileName(relativePath).toLowerCase(Locale.ROOT));
  }

  /** {@code transcript} with what the manifest and its folder's entry say filled in. */
  Transcript complete(Transcript transcript) {
    ManifestRow row = byFile.get(transcript.file());
    Provenance folder =
        DocumentPaths.topFolder(transcript.file()).map(byFolder::get).orElse(Provenance.NONE);
    Provenance defaults = row == null ? folder : row.provenance().orElse(folder);
    return transcript
        .withSourceDefault(row == null ? null : row.sourceUrl())
        .withProvenanceDefaults(defaults);
  }

  /** The YAML file's shape. */
  private record Description(
      String manifest,
      @JsonProperty("not_transcripts") List<String> notTranscripts,
      Map<String, Source> sources,
      List<String> examples) {}

  /** One source folder's provenance. */
  private record Source(
      String organisation,
      String licence,
      @JsonProperty("licence_url") String licenceUrl,
      String attribution) {}
}
