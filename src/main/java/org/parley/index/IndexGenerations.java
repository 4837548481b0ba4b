package org.parley.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The on-disk layout of an index folder: numbered generations side by side and a {@code CURRENT}
 * pointer naming the live one.
 *
 * <pre>
 * index/
 *   CURRENT          "gen-000003": the live generation, replaced atomically
 *   build.lock       held (OS file lock) by the one rebuild allowed at a time
 *   gen-000003/      a complete Lucene index
 *   gen-000002/      the previous one, kept for rollback
 * </pre>
 *
 * A generation is live only once {@code CURRENT} names it, and {@code CURRENT} is written to a
 * temporary file, fsynced and moved over the old one, so a reader sees the old or the new name,
 * never a torn one.
 */
public final class IndexGenerations {
  static final String POINTER = "CURRENT";
  static final String LOCK = "build.lock";
  private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");

  private final Path root;

  public IndexGenerations(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The live generation's name, if the pointer exists and names an existing folder. */
  public Optional<String> current() {
    Path pointer = root.resolve(POINTER);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
      if (!GENERATION.matcher(name).matches()) {
        return Optional.empty();
      }
      return Optional.of(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pointer, e);
    }
  }

  public Path path(String generation) {
    return root.resolve(generation);
  }

  /** Generation folders present on disk, oldest first. */
  public List<String> list() {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return names;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry) && GENERATION.matcher(name).matches()) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    names.sort(Comparator.comparingLong(IndexGenerations::number));
    return names;
  }

  /** The name the next generation gets: one above every generation on disk. */
  public String nextName() {
    long max = list().stream().mapToLong(IndexGenerations::number).max().orElse(0);
    return "gen-%06d".formatted(max + 1);
  }

  static long number(String generation) {
    Matcher m = GENERATION.matcher(generation);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a generation: " + generation);
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * Takes the rebuild lock, failing at once if another process holds it. The lock is an OS file
   * lock, so a killed rebuild never leaves a lock that blocks the next one.
   */
  public BuildLock lock() throws IOException {
    Files.createDirectories(root);
    Directory dir = FSDirectory.open(root);
    try {
      return new BuildLock(dir, dir.obtainLock(LOCK));
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new ConcurrentBuildException(
          "another rebuild is running on "
              + root
              + " (lock "
              + LOCK
              + " is held); try again later");
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Points {@code CURRENT} at {@code generation}: temp file, fsync, atomic move, fsync folder. */
  public void switchTo(String generation) throws IOException {
    Path tmp = root.resolve(POINTER + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(StandardCharsets.UTF_8.encode(generation + "\n"));
      channel.force(true);
    }
    try {
      Files.move(
          tmp,
          root.resolve(POINTER),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + root + " cannot replace files atomically", e);
    }
    IOUtils.fsync(root, true);
  }

  /**
   * Deletes every generation except {@code keep} (the live one and the one kept for rollback).
   * Folders of killed or failed builds go here too.
   */
  public List<String> deleteAllExcept(List<String> keep) throws IOException {
    List<String> deleted = new ArrayList<>();
    for (String name : list()) {
      if (!keep.contains(name)) {
        IOUtils.rm(path(name));
        deleted.add(name);
      }
    }
    return deleted;
  }

  /** The rebuild lock; closing it releases the lock. */
  public static final class BuildLock implements AutoCloseable {
    private final Directory dir;
    private final Lock lock;

    private BuildLock(Directory dir, Lock lock) {
      this.dir = dir;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      IOUtils.close(lock, dir);
    }
  }
}
