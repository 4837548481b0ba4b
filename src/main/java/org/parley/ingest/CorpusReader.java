package org.parley.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.config.SpeakerRegistry;

/**
 * Reads a corpus folder into a {@link CorpusSnapshot}: every {@code .txt} transcript (with optional
 * front matter) and {@code .jsonl} file below it, in sorted path order, parsed in parallel. A file
 * that cannot be used becomes a {@link SkippedFile} with its reason; nothing here throws for a bad
 * file. Symbolic links are not followed (no loops) but reported; hidden files are ignored. Document
 * ids are unique: a document whose id an earlier file (in path order) already used is skipped.
 */
public final class CorpusReader {
  /** Files above this size are skipped: a transcript is kilobytes, not hundreds of megabytes. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  private final TranscriptParser parser;
  private final long maxBytes;

  public CorpusReader(SpeakerRegistry registry) {
    this(registry, DEFAULT_MAX_BYTES);
  }

  public CorpusReader(SpeakerRegistry registry, long maxBytes) {
    this.parser = new TranscriptParser(registry);
    this.maxBytes = maxBytes;
  }

  /** One file's outcome. */
  private record FileResult(
      List<Transcript> transcripts, List<SkippedFile> skipped, byte[] bytes) {}

  public CorpusSnapshot read(Path corpusFolder) throws IOException {
    if (!Files.isDirectory(corpusFolder)) {
      throw new IOException("corpus folder not found: " + corpusFolder);
    }
    // The walk does not follow links: a corpus folder given as a link is resolved first, or the
    // walk would see one link and no transcripts.
    Path corpusDir = corpusFolder.toRealPath();
    List<SkippedFile> links = new ArrayList<>();
    List<Path> files = listFiles(corpusDir, links);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parley-parse-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> readFile(corpusDir, file)));
      }
      MessageDigest digest = sha256();
      List<Transcript> transcripts = new ArrayList<>();
      List<SkippedFile> skipped = new ArrayList<>(links);
      Map<String, String> firstFileOfId = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        FileResult result = futures.get(i).get();
        digest.update(relative(corpusDir, files.get(i)).getBytes(StandardCharsets.UTF_8));
        digest.update(result.bytes());
        for (Transcript t : result.transcripts()) {
          String first = firstFileOfId.putIfAbsent(t.id(), t.file());
          if (first == null) {
            transcripts.add(t);
          } else {
            // Paragraph ids derive from the document id, so a second document with the same id
            // would duplicate them; the first in path order wins, whatever the threads did.
            skipped.add(
                new SkippedFile(
                    t.file(),
                    "duplicate document id '%s' (already used by %s)".formatted(t.id(), first)));
          }
        }
        skipped.addAll(result.skipped());
      }
      skipped.sort(Comparator.comparing(SkippedFile::file));
      return new CorpusSnapshot(transcripts, skipped, HexFormat.of().formatHex(digest.digest()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reading the corpus was interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("reading the corpus failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Parses one plain-text transcript (tests and tools). */
  public Transcript parse(String relativePath, String text) {
    FrontMatter.Split split = FrontMatter.split(normalize(text));
    return parser.parse(relativePath, split.body(), split.front());
  }

  private FileResult readFile(Path root, Path file) {
    String rel = relative(root, file);
    byte[] bytes = new byte[0];
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return skip(
            rel,
            "larger than the " + humanSize(maxBytes) + " limit (" + humanSize(size) + ")",
            ("size:" + size).getBytes(StandardCharsets.UTF_8));
      }
      bytes = Files.readAllBytes(file);
      if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
        return skip(rel, "empty file", bytes);
      }
      for (byte b : bytes) {
        if (b == 0) {
          return skip(rel, "binary file (contains NUL bytes)", bytes);
        }
      }
      String text = normalize(decode(bytes));
      if (rel.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        JsonLinesReader.Result result = JsonLinesReader.read(rel, text);
        List<SkippedFile> problems =
            result.problems().stream().map(p -> new SkippedFile(rel, p)).toList();
        if (result.transcripts().isEmpty() && problems.isEmpty()) {
          return skip(rel, "no records", bytes);
        }
        return new FileResult(result.transcripts(), problems, bytes);
      }
      FrontMatter.Split split = FrontMatter.split(text);
      return new FileResult(
          List.of(parser.parse(rel, split.body(), split.front())), List.of(), bytes);
    } catch (CharacterCodingException e) {
      return skip(rel, "not valid UTF-8", bytes);
    } catch (UnusableFileException e) {
      return skip(rel, e.getMessage(), bytes);
    } catch (IOException e) {
      return skip(rel, "cannot be read: " + e.getMessage(), bytes);
    } catch (RuntimeException e) {
      // A parser defect must not stop a rebuild: the file is reported and the build goes on.
      return skip(rel, "could not be parsed (" + e.getClass().getSimpleName() + ")", bytes);
    }
  }

  /** 32 MB, 1 KB, 200 B: what the size limit message shows. */
  static String humanSize(long bytes) {
    if (bytes >= 1024L * 1024) {
      return (bytes / (1024 * 1024)) + " MB";
    }
    return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " B";
  }

  private static FileResult skip(String rel, String reason, byte[] bytes) {
    return new FileResult(List.of(), List.of(new SkippedFile(rel, reason)), bytes);
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Drops a BOM and turns CRLF and CR into LF. */
  static String normalize(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * The transcript files below {@code root}, sorted. Symbolic links are not followed (a link to a
   * parent folder loops, a link out of the corpus reads what was never meant to be indexed); each
   * goes to {@code links} with its reason, so it is not dropped silently, as does a folder that
   * cannot be listed.
   */
  private static List<Path> listFiles(Path root, List<SkippedFile> links) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (attrs.isSymbolicLink() && !name.startsWith(".")) {
              links.add(new SkippedFile(relative(root, file), "symbolic link (not followed)"));
            } else if (attrs.isRegularFile()
                && !name.startsWith(".")
                && (name.endsWith(".txt") || name.endsWith(".jsonl"))) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            links.add(new SkippedFile(relative(root, file), "cannot be read: " + exc.getMessage()));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return files;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** The default document id of a file: its path without extension, as a slug. */
  static String documentId(String relativePath) {
    return slug(relativePath.replaceFirst("\\.[^./]+$", ""));
  }

  static String slug(String s) {
    String slug =
        s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "doc" : slug;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
