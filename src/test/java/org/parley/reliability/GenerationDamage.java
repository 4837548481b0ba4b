package org.parley.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/** Ways a generation folder gets damaged on disk: bit rot, a cut copy, a lost file or folder. */
enum GenerationDamage {
  FLIPPED_BYTE("checksum failed") {
    @Override
    void apply(Path gen) throws IOException {
      Path file = largestFile(gen);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        long at = raf.length() / 2;
        raf.seek(at);
        int b = raf.read();
        raf.seek(at);
        raf.write(b ^ 0x01);
      }
    }
  },
  FLIPPED_BYTE_IN_SEGMENTS_FILE("segments file cannot be read") {
    @Override
    void apply(Path gen) throws IOException {
      Path file = segmentsFile(gen);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        long at = raf.length() / 2;
        raf.seek(at);
        int b = raf.read();
        raf.seek(at);
        raf.write(b ^ 0x10);
      }
    }
  },
  TRUNCATED_FILE("truncated") {
    @Override
    void apply(Path gen) throws IOException {
      Path file = largestFile(gen);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(ch.size() / 2);
      }
    }
  },
  EMPTIED_FILE("read past EOF") {
    @Override
    void apply(Path gen) throws IOException {
      try (FileChannel ch = FileChannel.open(largestFile(gen), StandardOpenOption.WRITE)) {
        ch.truncate(0);
      }
    }
  },
  MISSING_DATA_FILE("is missing") {
    @Override
    void apply(Path gen) throws IOException {
      Files.delete(largestFile(gen));
    }
  },
  MISSING_SEGMENTS_FILE("segments file missing") {
    @Override
    void apply(Path gen) throws IOException {
      Files.delete(segmentsFile(gen));
    }
  },
  MISSING_FOLDER("folder gen-000002 is missing") {
    @Override
    void apply(Path gen) throws IOException {
      IOUtils.rm(gen);
    }
  };

  /** What the verifier's refusal must say. */
  final String reason;

  GenerationDamage(String reason) {
    this.reason = reason;
  }

  abstract void apply(Path generation) throws IOException;

  static Path largestFile(Path gen) throws IOException {
    try (Stream<Path> files = Files.list(gen)) {
      return files
          .filter(f -> !f.getFileName().toString().startsWith("segments"))
          .filter(f -> !f.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(GenerationDamage::size))
          .orElseThrow();
    }
  }

  static Path segmentsFile(Path gen) throws IOException {
    try (Stream<Path> files = Files.list(gen)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("segments_"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return -1;
    }
  }
}
