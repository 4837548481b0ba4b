package org.parley.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

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

  private static void checkIntegrity(Path dir, Directory directory) throws IOException {
    try (CheckIndex check = new CheckIndex(directory)) {
      // Checksums of every file: catches flipped bytes and truncation in seconds, without the
      // full postings walk of the slowest level.
      check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
      check.setInfoStream(
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      if (!status.clean) {
        throw new BuildRefusedException(dir.getFileName() + " failed Lucene's integrity check");
      }
    }
  }
}
