package org.parley.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a saved page's bytes into text: the byte-order mark wins, then the character set the page
 * declares in a {@code <meta>} tag, else UTF-8. Decoding is strict: a page whose bytes do not fit
 * its character set is refused rather than imported with replacement characters, and images,
 * archives and other binary files are refused before any parsing.
 */
final class PageDecoder {
  /** Browsers look for the declaration in the first 1,024 bytes; some saved pages put it later. */
  private static final int DECLARATION_WINDOW = 8 * 1024;

  private PageDecoder() {}

  static String decode(byte[] bytes) throws RejectedPageException {
    if (bytes.length == 0) {
      throw new RejectedPageException("empty file");
    }
    Optional<String> fileType = BinarySignatures.describe(bytes);
    if (fileType.isPresent()) {
      throw new RejectedPageException("not an HTML page: " + fileType.get());
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (hasNul(bytes)) {
      throw new RejectedPageException("not an HTML page: binary data");
    }
    Optional<String> declared = declaredCharset(bytes);
    if (declared.isEmpty()) {
      return strict(bytes, 0, StandardCharsets.UTF_8);
    }
    return strict(bytes, 0, charset(declared.get()));
  }

  private static Charset charset(String name) throws RejectedPageException {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new RejectedPageException("unknown character encoding '" + name + "'");
    }
  }

  private static String strict(byte[] bytes, int start, Charset charset)
      throws RejectedPageException {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RejectedPageException(
          "cannot be decoded as " + charset.name() + " (bytes that are not valid in it)");
    }
  }

  /**
   * The charset a {@code <meta charset>} or {@code <meta http-equiv="content-type">} names. The
   * head is parsed as ISO-8859-1, which maps every byte to a character, so the ASCII markup reads
   * correctly whatever the real character set is.
   */
  private static Optional<String> declaredCharset(byte[] bytes) {
    int length = Math.min(bytes.length, DECLARATION_WINDOW);
    Document head = Jsoup.parse(new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
    Element meta = head.selectFirst("meta[charset]");
    if (meta != null && !meta.attr("charset").isBlank()) {
      return Optional.of(meta.attr("charset").strip());
    }
    for (Element equiv : head.select("meta[http-equiv][content]")) {
      if (equiv.attr("http-equiv").equalsIgnoreCase("content-type")) {
        return charsetParameter(equiv.attr("content"));
      }
    }
    return Optional.empty();
  }

  /** {@code text/html; charset=windows-1251} → {@code windows-1251}. */
  private static Optional<String> charsetParameter(String contentType) {
    for (String part : contentType.split(";")) {
      String[] keyValue = part.strip().split("=", 2);
      if (keyValue.length == 2 && keyValue[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
        String value = keyValue[1].strip().replace("\"", "").replace("'", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static boolean hasNul(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, DECLARATION_WINDOW); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
