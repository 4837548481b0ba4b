package org.parley.reliability;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory on a "disk" that holds {@code capacity} bytes: once the bytes written through it
 * (every file, deleted or not, as a disk that never reclaims) pass the capacity, every write fails
 * with the error a full Linux disk gives. Lucene's {@code MockDirectoryWrapper.setMaxSizeInBytes}
 * plays the same trick in Lucene's own tests.
 */
final class CappedDirectory extends FilterDirectory {
  static final String ENOSPC = "No space left on device";

  private final AtomicLong free;

  CappedDirectory(Directory in, AtomicLong free) {
    super(in);
    this.free = free;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Capped(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return new Capped(in.createTempOutput(prefix, suffix, context));
  }

  private final class Capped extends IndexOutput {
    private final IndexOutput out;

    Capped(IndexOutput out) {
      super("capped(" + out + ")", out.getName());
      this.out = out;
    }

    private void take(long bytes) throws IOException {
      if (free.addAndGet(-bytes) < 0) {
        free.addAndGet(bytes);
        throw new IOException(ENOSPC);
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
