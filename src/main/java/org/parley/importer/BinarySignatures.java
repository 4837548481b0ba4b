package org.parley.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The leading bytes of file types people save beside web pages (images, PDFs, archives), so that a
 * misplaced file is named in the report rather than called "not valid UTF-8".
 */
final class BinarySignatures {
  private record Signature(byte[] magic, String description) {}

  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature(bytes(0x89, 'P', 'N', 'G'), "a PNG image"),
          new Signature(bytes(0xFF, 0xD8, 0xFF), "a JPEG image"),
          new Signature(ascii("GIF8"), "a GIF image"),
          new Signature(ascii("RIFF"), "a RIFF (WebP, WAV or AVI) file"),
          new Signature(ascii("%PDF"), "a PDF document"),
          new Signature(bytes('P', 'K', 3, 4), "a ZIP archive (or an office document)"),
          new Signature(bytes(0x1F, 0x8B), "a gzip-compressed file"),
          new Signature(bytes(0x7F, 'E', 'L', 'F'), "an executable"));

  private BinarySignatures() {}

  /** What the file is, when its first bytes say so. */
  static Optional<String> describe(byte[] content) {
    for (Signature signature : SIGNATURES) {
      if (startsWith(content, signature.magic())) {
        return Optional.of(signature.description());
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String magic) {
    return magic.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(int... values) {
    byte[] magic = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      magic[i] = (byte) values[i];
    }
    return magic;
  }
}
