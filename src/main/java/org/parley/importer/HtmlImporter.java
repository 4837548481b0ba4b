package org.parley.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports saved web pages into a corpus folder, one transcript per page. A page that cannot be
 * imported (too large, binary, undecodable, no body, no date) is skipped with its reason and the
 * others go on; only a failure to write into the corpus folder stops the import.
 */
public final class HtmlImporter {
  /** Saved transcripts are well under 1 MB; a larger file is a mistake, refused unread. */
  public static final long DEFAULT_MAX_PAGE_BYTES = 16L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(HtmlImporter.class);

  private final PageExtractor extractor;
  private final long maxPageBytes;

  public HtmlImporter(SiteRulebook rulebook) {
    this(rulebook, DEFAULT_MAX_PAGE_BYTES);
  }

  public HtmlImporter(SiteRulebook rulebook, long maxPageBytes) {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
    }
    this.extractor = new PageExtractor(rulebook);
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Imports every page named (folders are searched for {@code .html} files), reporting each result
   * to {@code progress} as it is known.
   *
   * @throws IOException when the corpus folder cannot be written; pages already written stay
   */
  public List<ImportResult> importAll(
      List<Path> arguments, CorpusFolder into, Consumer<ImportResult> progress) throws IOException {
    List<ImportResult> results = new ArrayList<>();
    for (PageInputs.Input input : PageInputs.expand(arguments)) {
      ImportResult result =
          input.problem() != null
              ? ImportResult.skipped(input.file(), input.problem())
              : importPage(input.file(), into);
      progress.accept(result);
      results.add(result);
    }
    return results;
  }

  /** Imports one page, or reports why it was skipped. */
  public ImportResult importPage(Path page, CorpusFolder into) throws IOException {
    ExtractedPage extracted;
    try {
      extracted = read(page);
    } catch (RejectedPageException e) {
      return ImportResult.skipped(page, e.reason());
    }
    String text = TranscriptText.format(extracted);
    var earlier = into.fileFor(extracted.source());
    Path target =
        earlier.orElseGet(
            () -> into.newFile(TranscriptFileNames.of(extracted.date(), extracted.title())));
    into.write(target, text, extracted.source());
    return new ImportResult(
        page,
        earlier.isPresent() ? ImportResult.Status.UPDATED : ImportResult.Status.IMPORTED,
        target,
        null);
  }

  /** Reads and extracts one page without writing anything. */
  public ExtractedPage read(Path page) throws RejectedPageException {
    byte[] bytes = readCapped(page);
    String html = PageDecoder.decode(bytes);
    try {
      return extractor.extract(Jsoup.parse(html));
    } catch (RuntimeException e) {
      // A bug on one page must not lose the others: logged in full, reported in one line.
      LOG.error("unexpected failure reading {}", page, e);
      throw new RejectedPageException("unexpected failure reading the page: " + e);
    }
  }

  /** The file's bytes; a file over the cap is refused before it is read. */
  private byte[] readCapped(Path page) throws RejectedPageException {
    try {
      long size = Files.size(page);
      if (size > maxPageBytes) {
        throw tooLarge(size);
      }
      byte[] bytes;
      // The file may grow after it was measured: never read more than one byte past the cap.
      try (InputStream in = Files.newInputStream(page)) {
        bytes = in.readNBytes((int) Math.min(maxPageBytes + 1, Integer.MAX_VALUE - 8));
      }
      if (bytes.length > maxPageBytes) {
        throw tooLarge(Files.size(page));
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new RejectedPageException("no such file");
    } catch (AccessDeniedException e) {
      throw new RejectedPageException("permission denied");
    } catch (IOException e) {
      throw new RejectedPageException("cannot be read: " + e.getMessage());
    }
  }

  private RejectedPageException tooLarge(long size) {
    if (maxPageBytes % (1024 * 1024) != 0) {
      return new RejectedPageException(
          String.format(
              Locale.ROOT,
              "larger than the %d-byte limit for a page (%d bytes)",
              maxPageBytes,
              size));
    }
    return new RejectedPageException(
        String.format(
            Locale.ROOT,
            "larger than the %d MB limit for a page (%.1f MB)",
            maxPageBytes / (1024 * 1024),
            size / (1024.0 * 1024)));
  }
}
