package org.parley.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RequestSample} kept on disk between two runs of the server: one request per line, path
 * and query string, UTF-8. Written whole to a temporary file and moved over the old one, so a
 * reader never sees half a sample; read leniently, as input from outside: a line that is not a
 * request a sample may hold is skipped and counted, and an unreadable file is an empty sample. The
 * warm-up is an optimisation, and never stops a start.
 */
public final class RequestSampleFile {
  private static final Logger LOG = LoggerFactory.getLogger(RequestSampleFile.class);

  /** Its name, in the index folder. */
  public static final String NAME = "warm-up-requests.txt";

  private final Path file;

  public RequestSampleFile(Path file) {
    this.file = file;
  }

  /** The index folder's sample file. */
  public static RequestSampleFile in(Path indexDir) {
    return new RequestSampleFile(indexDir.resolve(NAME));
  }

  public Path path() {
    return file;
  }

  /** The requests recorded, at most {@code max}; none if there is no file or it cannot be read. */
  public List<String> read(int max) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | RuntimeException e) {
      // Malformed UTF-8 is an exception here too.
      LOG.warn("cannot read the recorded requests {}: {}; warming up without them", file, e);
      return List.of();
    }
    List<String> requests = new ArrayList<>();
    int skipped = 0;
    for (String line : lines) {
      if (requests.size() >= max) {
        break;
      }
      if (RequestSample.isReplayable(line)) {
        requests.add(line);
      } else if (!line.isBlank()) {
        skipped++;
      }
    }
    if (skipped > 0) {
      LOG.warn("{}: skipped {} lines that are not searches to replay", file, skipped);
    }
    return requests;
  }

  /** Replaces the file with {@code sample}'s requests; does nothing if it holds none. */
  public void write(RequestSample sample) throws IOException {
    List<String> requests = sample.requests();
    if (requests.isEmpty()) {
      return;
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, requests, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
