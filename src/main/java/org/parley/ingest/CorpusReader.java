package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.speakers.SpeakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus folder into a {@link CorpusSnapshot}: plain-text transcripts ({@code .txt}, with
 * optional YAML front matter) and JSON Lines files of already-split paragraphs ({@code .jsonl}).
 *
 * <p>Files are listed by {@link CorpusWalker} (sorted, hidden files ignored, directory links not
 * followed) and parsed on a bounded pool of named threads, one per processor; results are collected
 * in listing order, so the snapshot does not depend on scheduling. A file that cannot be used
 * (empty, binary, not UTF-8, larger than the size cap, no paragraphs, no date, an unsupported type)
 * becomes a {@link SkippedFile} with its reason; {@link #read} never fails because of one. Two
 * documents with the same id keep the first in listing order, the second is skipped.
 *
 * <p>The content hash is SHA-256 over each listed file's relative path and bytes, in listing order;
 * a file over the size cap contributes its path and size instead of its bytes.
 */
public final class CorpusReader {
  /** Files above this many bytes are skipped unless another cap is given. */
  public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;

  /** The largest array a JVM reliably allocates. */
  private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

  private final long maxFileBytes;
  private final TextTranscriptParser textParser;
  private final JsonLinesParser jsonLinesParser;

  public CorpusReader(SpeakerRegistry registry) {
    this(registry, DEFAULT_MAX_FILE_BYTES);
  }

  /** A reader that skips files larger than {@code maxFileBytes}. */
  public CorpusReader(SpeakerRegistry registry, long maxFileBytes) {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
    this.textParser = new TextTranscriptParser(registry);
    this.jsonLinesParser = new JsonLinesParser(registry);
  }

  /**
   * Reads every file below {@code corpusDir}.
   *
   * @throws IOException only when the folder itself is missing or cannot be listed
   */
  public CorpusSnapshot read(Path corpusDir) throws IOException {
    List<CorpusWalker.Entry> entries = CorpusWalker.walk(corpusDir);
    CorpusMetadata metadata;
    List<SkippedFile> metadataProblems = new ArrayList<>();
    try {
      metadata = CorpusMetadata.read(corpusDir);
    } catch (UnusableFileException | IOException e) {
      // A broken description costs the provenance it holds, never the rebuild.
      metadata = CorpusMetadata.NONE;
      metadataProblems.add(
          new SkippedFile(
              CorpusMetadata.FILE,
              e instanceof UnusableFileException u
                  ? u.reason()
                  : "cannot read: " + e.getMessage()));
    }
    final CorpusMetadata described = metadata;
    List<FileOutcome> outcomes = new ArrayList<>(entries.size());
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), entries.size()));
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads())) {
      List<Future<FileOutcome>> futures = new ArrayList<>(entries.size());
      for (CorpusWalker.Entry entry : entries) {
        futures.add(pool.submit(() -> readFile(entry, described)));
      }
      for (Future<FileOutcome> future : futures) {
        outcomes.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("corpus read interrupted");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading a corpus file failed unexpectedly", e.getCause());
    }
    CorpusSnapshot snapshot = assemble(outcomes, described, metadataProblems);
    LOG.info(
        "read {} transcripts ({} paragraphs) from {} files in {}; {} skipped",
        snapshot.transcripts().size(),
        snapshot.paragraphCount(),
        entries.size(),
        corpusDir,
        snapshot.skipped().size());
    return snapshot;
  }

  /**
   * Parses one plain-text transcript (front matter allowed) as if found at {@code relativePath}.
   *
   * @throws UnusableFileException with the reason the file would be skipped
   */
  public Transcript parse(String relativePath, String text) throws UnusableFileException {
    return textParser.parse(relativePath, text);
  }

  /** Parses a file's bytes by its type, as {@link #read} does; never throws for a bad file. */
  ParsedFile parse(String relativePath, byte[] bytes) {
    String extension = extension(relativePath);
    if (!extension.equals("txt") && !extension.equals("jsonl")) {
      return ParsedFile.skipped(
          relativePath, "unsupported file type (expected .txt or .jsonl): " + relativePath);
    }
    try {
      String text = TextDecoder.unifyNewlines(TextDecoder.decode(bytes));
      long controls = TextLines.controlCount(text);
      if (controls > 0) {
        // Never text; an escape sequence could drive the terminal that shows a search result.
        LOG.warn("{}: {} control characters dropped from the text", relativePath, controls);
        text = TextLines.withoutControls(text);
      }
      return extension.equals("txt")
          ? ParsedFile.of(textParser.parse(relativePath, text))
          : jsonLinesParser.parse(relativePath, text);
    } catch (UnusableFileException e) {
      return ParsedFile.skipped(relativePath, e.reason());
    }
  }

  private FileOutcome readFile(CorpusWalker.Entry entry, CorpusMetadata metadata) {
    String path = entry.relativePath();
    boolean description = metadata.isNotTranscript(path);
    if (entry.skipReason() != null) {
      return new FileOutcome(
          hash(path, entry.skipReason().getBytes(StandardCharsets.UTF_8)),
          ParsedFile.skipped(path, entry.skipReason()));
    }
    try {
      long size = Files.size(entry.file());
      if (size > maxFileBytes) {
        return tooLarge(path, size);
      }
      // The file may have grown since it was measured: read at most one byte past the cap, so a
      // file appended to while the corpus is read can never be pulled into memory whole.
      byte[] bytes;
      try (InputStream in = Files.newInputStream(entry.file())) {
        bytes = in.readNBytes((int) Math.min(maxFileBytes + 1, MAX_ARRAY_BYTES));
      }
      if (bytes.length > maxFileBytes) {
        return tooLarge(path, Math.max(bytes.length, Files.size(entry.file())));
      }
      if (description) {
        // Not a transcript, but what it says (provenance) is part of the corpus's state.
        return new FileOutcome(hash(path, bytes), new ParsedFile(List.of(), List.of()));
      }
      return new FileOutcome(hash(path, bytes), parseGuarded(path, bytes));
    } catch (IOException e) {
      String reason = "cannot read: " + e.getMessage();
      return new FileOutcome(
          hash(path, reason.getBytes(StandardCharsets.UTF_8)), ParsedFile.skipped(path, reason));
    }
  }

  /** A parser bug on one file must not lose the corpus: it is logged in full and reported. */
  private ParsedFile parseGuarded(String path, byte[] bytes) {
    try {
      return parse(path, bytes);
    } catch (RuntimeException e) {
      LOG.error("parser failure on {}", path, e);
      return ParsedFile.skipped(path, "parser failure: " + e);
    }
  }

  private FileOutcome tooLarge(String path, long size) {
    String reason =
        String.format(Locale.ROOT, "larger than the %d-byte limit (%d bytes)", maxFileBytes, size);
    return new FileOutcome(
        hash(path, ("size:" + size).getBytes(StandardCharsets.UTF_8)),
        ParsedFile.skipped(path, reason));
  }

  private static CorpusSnapshot assemble(
      List<FileOutcome> outcomes, CorpusMetadata metadata, List<SkippedFile> metadataProblems) {
    List<Transcript> transcripts = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>(metadataProblems);
    Map<String, String> fileById = new HashMap<>();
    MessageDigest corpus = sha256();
    for (FileOutcome outcome : outcomes) {
      corpus.update(outcome.hash());
      skipped.addAll(outcome.parsed().skipped());
      for (Transcript transcript : outcome.parsed().transcripts()) {
        String first = fileById.putIfAbsent(transcript.id(), transcript.file());
        if (first == null) {
          transcripts.add(metadata.complete(transcript));
        } else {
          skipped.add(
              new SkippedFile(
                  transcript.file(),
                  "duplicate document id '" + transcript.id() + "' (first in " + first + ")"));
        }
      }
    }
    return new CorpusSnapshot(
        transcripts, skipped, HexFormat.of().formatHex(corpus.digest()), metadata.examples());
  }

  private static byte[] hash(String relativePath, byte[] content) {
    MessageDigest digest = sha256();
    digest.update(relativePath.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(content);
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String extension(String path) {
    String name = DocumentPaths.fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static ThreadFactory namedThreads() {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "parley-ingest-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One file's hash and parse result. */
  private record FileOutcome(byte[] hash, ParsedFile parsed) {}
}
