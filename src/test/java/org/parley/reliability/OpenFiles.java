package org.parley.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What this JVM holds open below a folder, from Linux's {@code /proc/self}: file descriptors and
 * memory mappings (Lucene maps index files and closes their descriptors, so a leaked reader shows
 * up as mappings, not descriptors). Deleted files still held show with a " (deleted)" suffix.
 */
final class OpenFiles {
  private OpenFiles() {}

  static boolean available() {
    return Files.isDirectory(Path.of("/proc/self/fd"))
        && Files.isReadable(Path.of("/proc/self/maps"));
  }

  /** Open descriptors and mapped files whose path starts with {@code prefix}, deduplicated. */
  static List<String> under(String prefix) throws IOException {
    TreeSet<String> found = new TreeSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(prefix)) {
            found.add("fd " + target);
          }
        } catch (IOException e) {
          // The descriptor closed while we listed: not open.
        }
      }
    }
    for (String line : Files.readAllLines(Path.of("/proc/self/maps"), StandardCharsets.UTF_8)) {
      int at = line.indexOf('/');
      if (at >= 0 && line.substring(at).startsWith(prefix)) {
        found.add("map " + line.substring(at));
      }
    }
    return new ArrayList<>(found);
  }

  /** Descriptors this process holds, all kinds: the flat-line check of the soak. */
  static int descriptorCount() throws IOException {
    try (var fds = Files.list(Path.of("/proc/self/fd"))) {
      return (int) fds.count();
    }
  }
}
