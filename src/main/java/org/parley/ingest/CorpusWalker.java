package org.parley.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists a corpus folder: every file below it, sorted by its '/'-separated relative path so that the
 * order never depends on the file system. Hidden files and folders (name starting with '.') are
 * ignored. Symbolic links inside the corpus are never followed, so a link loop cannot hang the walk
 * and nothing outside the corpus is read; each is listed as skipped. The corpus folder itself may
 * be a link.
 */
final class CorpusWalker {
  /**
   * One listed file.
   *
   * @param relativePath the path relative to the corpus folder, with '/' separators
   * @param file the file to read
   * @param skipReason why the file cannot be read at all, or {@code null}
   */
  record Entry(String relativePath, Path file, String skipReason) {}

  private CorpusWalker() {}

  /** Lists {@code root}, sorted; throws only when {@code root} itself cannot be walked. */
  static List<Entry> walk(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException(
          (Files.exists(root) ? "corpus path is not a folder: " : "corpus folder not found: ")
              + root);
    }
    // The corpus folder itself may be reached through a link (a mounted share); links below it
    // are not followed.
    Path start = root.toRealPath();
    List<Entry> entries = new ArrayList<>();
    Files.walkFileTree(
        start,
        EnumSet.noneOf(FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && isHidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!isHidden(file)) {
              entries.add(new Entry(relative(start, file), file, skipReason(file, attrs)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(file)) {
              entries.add(new Entry(relative(start, file), file, "cannot read: " + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    entries.sort(Comparator.comparing(Entry::relativePath));
    return entries;
  }

  private static String skipReason(Path file, BasicFileAttributes attrs) {
    if (attrs.isRegularFile()) {
      return null;
    }
    if (attrs.isSymbolicLink()) {
      if (Files.isDirectory(file)) {
        return "symbolic link to a directory, not followed";
      }
      // A link can point anywhere on the machine; only files inside the corpus are read.
      return Files.isRegularFile(file)
          ? "symbolic link to a file, not followed"
          : "broken or looping symbolic link";
    }
    return "not a regular file";
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }
}
