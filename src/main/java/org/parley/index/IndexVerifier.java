package org.parley.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Decides whether a generation may go live: Lucene's integrity check (checksums of every file), the
 * expected paragraph count, and smoke lookups of known paragraph ids. Also used at server start-up
 * to skip a damaged generation.
 */
public final class IndexVerifier {
  private IndexVerifier() {}

  /**
   * Verifies the generation in {@code dir}; throws {@link BuildRefusedException} saying why not.
   *
   * @param expectedParagraphs the count the build indexed, or -1 to take it from the commit data
   * @param sampleIds paragraph ids that must each be found exactly once
   * @return the commit info of the verified generation
   */
  public static CommitInfo verify(Path dir, int expectedParagraphs, List<String> sampleIds) {
    if (!Files.isDirectory(dir)) {
      throw new BuildRefusedException("generation folder " + dir.getFileName() + " is missing");
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new BuildRefusedException(
            dir.getFileName() + " holds no Lucene commit (segments file missing)");
      }
      checkIntegrity(dir, directory);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        CommitInfo info = CommitInfo.fromUserData(reader.getIndexCommit().getUserData());
        int expected = expectedParagraphs >= 0 ? expectedParagraphs : info.paragraphs();
        if (reader.numDocs() != expected) {
          throw new BuildRefusedException(
              "%s has %d paragraphs, expected %d"
                  .formatted(dir.getFileName(), reader.numDocs(), expected));
        }
        String duplicate = firstDuplicateId(reader);
        if (duplicate != null) {
          throw new BuildRefusedException(
              "%s: paragraph id %s is indexed more than once"
                  .formatted(dir.getFileName(), duplicate));
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String id : sampleIds) {
          int found = searcher.count(new TermQuery(new Term(Schema.ID, id)));
          if (found != 1) {
            throw new BuildRefusedException(
                "%s: smoke lookup of paragraph %s found %d documents"
                    .formatted(dir.getFileName(), id, found));
          }
        }
        return info;
      }
    } catch (IOException e) {
      throw new BuildRefusedException(dir.getFileName() + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * A paragraph id found in more than one document, or {@code null}. Ids are permalinks and the
   * tiebreak of every sort; one pass over the id terms (a generation has no deletions).
   */
  private static String firstDuplicateId(DirectoryReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.ID);
    if (terms == null) {
      return null;
    }
    TermsEnum ids = terms.iterator();
    for (BytesRef id = ids.next(); id != null; id = ids.next()) {
      if (ids.docFreq() > 1) {
        return id.utf8ToString();
      }
    }
    return null;
  }

  private static void checkIntegrity(Path dir, Directory directory) throws IOException {
    try (CheckIndex check = new CheckIndex(directory)) {
      // Checksums of every file: catches flipped bytes and truncation in seconds, without the
      // full postings walk of the slowest level.
      check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
      check.setInfoStream(
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      if (!status.clean) {
        throw new BuildRefusedException(
            dir.getFileName()
                + " failed Lucene's integrity check: "
                + firstProblem(status, directory));
      }
    }
  }

  /** What an operator needs to know first: the damaged segment and file, or the commit. */
  private static String firstProblem(CheckIndex.Status status, Directory directory) {
    for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
      if (segment.error != null) {
        return "segment " + segment.name + ": " + describe(segment.error);
      }
    }
    if (status.missingSegments) {
      try {
        SegmentInfos.readLatestCommit(directory);
      } catch (IOException | RuntimeException e) {
        return "the segments file cannot be read: " + describe(e);
      }
      return "the segments file cannot be read";
    }
    return status.numBadSegments + " damaged segment(s)";
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
      String file = e.getMessage() == null ? "?" : Path.of(e.getMessage()).getFileName().toString();
      return "file " + file + " is missing";
    }
    // Lucene wraps the real cause (a short read, a bad header) in a generic "Problem reading".
    if (e.getCause() != null
        && String.valueOf(e.getMessage()).startsWith("Problem reading index")) {
      return describe(e.getCause());
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
