package org.parley.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * When each paragraph of a new generation was first indexed ({@link Schema#FIRST_INDEXED}): the
 * date the live generation holds for it, or this build's time for a paragraph it does not hold.
 *
 * <p>A paragraph is recognised by its document id and the fingerprint of its text, not by its
 * paragraph id: a paragraph inserted into a transcript shifts the ordinals (and ids) of those after
 * it, which are not new, while an edited paragraph keeps its id but is new text. So a rebuild of an
 * unchanged corpus gives every paragraph the same date again, and only what was added or changed
 * gets this build's time.
 */
public final class FirstIndexed {
  private final Map<Key, Long> carried;
  private final long buildMillis;

  private FirstIndexed(Map<Key, Long> carried, long buildMillis) {
    this.carried = carried;
    this.buildMillis = buildMillis;
  }

  /** The first build: every paragraph is new at {@code now}. */
  static FirstIndexed none(Instant now) {
    return new FirstIndexed(Map.of(), now.toEpochMilli());
  }

  /**
   * The dates held by the generation in {@code liveDir}, read in one pass over doc values. This
   * build's time is later than all of them even if the clock went back, so what it adds always
   * sorts above what was there.
   */
  static FirstIndexed carriedFrom(Path liveDir, Instant now) throws IOException {
    Map<Key, Long> carried = new HashMap<>();
    try (Directory dir = FSDirectory.open(liveDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext context : reader.leaves()) {
        read(context.reader(), carried);
      }
    }
    long newest = carried.values().stream().mapToLong(Long::longValue).max().orElse(0);
    return new FirstIndexed(carried, Math.max(now.toEpochMilli(), newest + 1));
  }

  private static void read(LeafReader leaf, Map<Key, Long> carried) throws IOException {
    SortedDocValues docIds = leaf.getSortedDocValues(Schema.DOC_ID);
    NumericDocValues fingerprints = leaf.getNumericDocValues(Schema.TEXT_FINGERPRINT);
    NumericDocValues dates = leaf.getNumericDocValues(Schema.FIRST_INDEXED);
    if (docIds == null || fingerprints == null || dates == null) {
      return; // a generation built before these fields existed: its paragraphs count as new
    }
    Bits live = leaf.getLiveDocs();
    int lastOrd = -1;
    String docId = null;
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if ((live != null && !live.get(doc))
          || !docIds.advanceExact(doc)
          || !fingerprints.advanceExact(doc)
          || !dates.advanceExact(doc)) {
        continue;
      }
      // A transcript's paragraphs are neighbours: its id is decoded once.
      if (docIds.ordValue() != lastOrd) {
        lastOrd = docIds.ordValue();
        docId = docIds.lookupOrd(lastOrd).utf8ToString();
      }
      carried.merge(new Key(docId, fingerprints.longValue()), dates.longValue(), Math::min);
    }
  }

  /**
   * Epoch milliseconds at which the paragraph of {@code docId} with {@code text} was first indexed.
   */
  long of(String docId, String text) {
    return carried.getOrDefault(new Key(docId, fingerprint(text)), buildMillis);
  }

  /** This build's time: the date of every paragraph the live generation does not hold. */
  long buildMillis() {
    return buildMillis;
  }

  /** The first 64 bits of the SHA-256 of {@code text}: stable across JVMs and releases. */
  static long fingerprint(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private record Key(String docId, long fingerprint) {}
}
