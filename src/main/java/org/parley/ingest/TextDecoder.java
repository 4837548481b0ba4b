package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 only, with or without a byte-order mark, newlines unified
 * to LF. Empty, binary and non-UTF-8 files are refused with the reason.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** The text of {@code bytes}, BOM removed and newlines unified. */
  static String decode(byte[] bytes) throws UnusableFileException {
    int start = hasBom(bytes) ? 3 : 0;
    if (bytes.length == start) {
      throw new UnusableFileException("empty file");
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UnusableFileException("binary file (contains NUL bytes)");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars;
    try {
      chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
    } catch (CharacterCodingException e) {
      throw new UnusableFileException("not valid UTF-8", e);
    }
    String text = unifyNewlines(chars.toString());
    if (text.isBlank()) {
      throw new UnusableFileException("empty file (only whitespace)");
    }
    return text;
  }

  /** CRLF and CR become LF; a BOM left at the start of a string is dropped. */
  static String unifyNewlines(String text) {
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    return unified.startsWith("\uFEFF") ? unified.substring(1) : unified;
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
