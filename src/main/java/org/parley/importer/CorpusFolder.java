package org.parley.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A corpus folder imports are written into. It knows which file holds which source URL (from the
 * {@code source:} of each transcript's front matter), so a page imported again replaces its earlier
 * transcript, and it writes each transcript to a hidden temporary file beside the target, forced to
 * disk, then moved over it atomically: a reader (or an index build) sees the old file or the new
 * one, never a half-written one, and a crash leaves only a hidden file the corpus walk ignores.
 */
public final class CorpusFolder {
  /** Front matter sits at the top; no need to read a large transcript whole to find it. */
  private static final int FRONT_MATTER_BYTES = 64 * 1024;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path dir;
  private final Map<String, Path> fileBySource = new HashMap<>();

  private CorpusFolder(Path dir) {
    this.dir = dir;
  }

  /** Opens (creating it if needed) {@code dir} and reads the sources of its transcripts. */
  public static CorpusFolder open(Path dir) throws IOException {
    Files.createDirectories(dir);
    CorpusFolder folder = new CorpusFolder(dir);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt") && !name.startsWith(".") && Files.isRegularFile(file)) {
          sourceOf(file).ifPresent(source -> folder.fileBySource.putIfAbsent(source, file));
        }
      }
    }
    return folder;
  }

  public Path dir() {
    return dir;
  }

  /** The transcript already imported from {@code source}, if any. */
  Optional<Path> fileFor(String source) {
    return source == null ? Optional.empty() : Optional.ofNullable(fileBySource.get(source));
  }

  /** A file name following the convention that no file in the folder uses yet. */
  Path newFile(String fileName) {
    Path file = dir.resolve(fileName);
    for (int number = 2; Files.exists(file); number++) {
      file = dir.resolve(TranscriptFileNames.numbered(fileName, number));
    }
    return file;
  }

  /**
   * Replaces {@code file} with {@code text} atomically; unchanged content is not rewritten.
   *
   * @return whether the file's content changed
   */
  boolean write(Path file, String text, String source) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    Path temp = Files.createTempFile(dir, ".import-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    if (source != null) {
      fileBySource.put(source, file);
    }
    return true;
  }

  /** The {@code source:} of a transcript's front matter; files without one are not imports. */
  private static Optional<String> sourceOf(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(FRONT_MATTER_BYTES);
    }
    List<String> lines = new String(head, StandardCharsets.UTF_8).lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return Optional.empty();
    }
    StringBuilder yaml = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      if (line.strip().equals("---")) {
        return source(yaml.toString());
      }
      yaml.append(line).append('\n');
    }
    return Optional.empty();
  }

  private static Optional<String> source(String yaml) {
    try {
      Map<?, ?> frontMatter = YAML.readValue(yaml, Map.class);
      return frontMatter != null && frontMatter.get("source") instanceof String source
          ? Optional.of(source.strip())
          : Optional.empty();
    } catch (JsonProcessingException e) {
      // A transcript whose front matter is broken is the index build's to report, not ours.
      return Optional.empty();
    }
  }
}
