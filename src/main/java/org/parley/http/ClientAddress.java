package org.parley.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.config.ConfigException;

/**
 * Who a request comes from, for the rate limit: the direct peer, unless the peer is a trusted
 * proxy, in which case the right-most {@code X-Forwarded-For} address that is not itself a trusted
 * proxy. A forwarded header from anyone else is ignored, so clients cannot pick their own bucket.
 */
final class ClientAddress {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

  /** The usual IPv6 prefix of one subscriber. */
  static final int DEFAULT_IPV6_PREFIX = 64;

  private final Set<InetAddress> trusted = new HashSet<>();
  private final int ipv6Prefix;

  ClientAddress(List<String> trustedProxies) {
    this(trustedProxies, DEFAULT_IPV6_PREFIX);
  }

  /**
   * @param ipv6Prefix bits of an IPv6 address that name one client ({@code ipv6_rate_prefix})
   */
  ClientAddress(List<String> trustedProxies, int ipv6Prefix) {
    if (ipv6Prefix < 1 || ipv6Prefix > 128) {
      throw new ConfigException("server.yaml: ipv6_rate_prefix must be between 32 and 128");
    }
    this.ipv6Prefix = ipv6Prefix;
    for (int i = 0; i < trustedProxies.size(); i++) {
      Optional<InetAddress> proxy = literal(trustedProxies.get(i));
      if (proxy.isEmpty()) {
        throw new ConfigException("server.yaml: trusted_proxies[" + i + "] is not an IP address");
      }
      trusted.add(proxy.get());
    }
  }

  String of(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    Optional<InetAddress> peerAddress = literal(peer);
    String peerKey = peerAddress.map(this::keyOf).orElse(peer);
    if (peerAddress.isEmpty() || !trusted.contains(peerAddress.get())) {
      return peerKey;
    }
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null) {
      return peerKey;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops[i]);
      if (hop.isEmpty()) {
        return peerKey;
      }
      if (!trusted.contains(hop.get())) {
        return keyOf(hop.get());
      }
    }
    return peerKey;
  }

  /** The rate limit's key for {@code address}, with the configured IPv6 prefix. */
  String keyOf(InetAddress address) {
    return key(address, ipv6Prefix);
  }

  /**
   * The rate limit's key for {@code address}: an IPv4 address itself, an IPv6 address's first
   * {@code prefixBits} bits (one subscriber usually holds a whole /64, or more, so rotating inside
   * it must not give new buckets).
   */
  static String key(InetAddress address, int prefixBits) {
    byte[] bytes = address.getAddress();
    if (bytes.length != 16) {
      return address.getHostAddress();
    }
    byte[] prefix = new byte[16];
    for (int bit = 0; bit < prefixBits; bit += 8) {
      int keep = Math.min(8, prefixBits - bit);
      prefix[bit / 8] = (byte) (bytes[bit / 8] & (0xff << (8 - keep)));
    }
    try {
      return InetAddress.getByAddress(prefix).getHostAddress() + "/" + prefixBits;
    } catch (UnknownHostException e) {
      throw new IllegalStateException("16 bytes are an IPv6 address", e);
    }
  }

  /**
   * An IP literal as an address, parsed here so that no resolver is ever asked: {@code
   * InetAddress.getByName} resolves what merely looks like an address ("999.1.1.1") as a host name.
   * IPv4 is four decimal octets of at most 255; IPv6 is up to eight hex groups with one {@code ::}
   * and an optional dotted IPv4 tail, in brackets or not; zone ids and names are refused.
   */
  static Optional<InetAddress> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.isEmpty() || value.length() > 45) {
      return Optional.empty();
    }
    byte[] bytes = value.indexOf(':') >= 0 ? ipv6(value) : ipv4(value);
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      return Optional.empty(); // only for a wrong length, which the parsers never return
    }
  }

  private static byte[] ipv4(String value) {
    if (!IPV4.matcher(value).matches()) {
      return null;
    }
    String[] parts = value.split("\\.");
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      int octet = Integer.parseInt(parts[i]);
      if (octet > 255) {
        return null;
      }
      bytes[i] = (byte) octet;
    }
    return bytes;
  }

  private static byte[] ipv6(String value) {
    if (!IPV6.matcher(value).matches()) {
      return null;
    }
    int gap = value.indexOf("::");
    if (gap >= 0 && value.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    List<Integer> head = new java.util.ArrayList<>();
    List<Integer> tail = new java.util.ArrayList<>();
    if (gap < 0) {
      if (!groups(value, head)) {
        return null;
      }
    } else if (!groups(value.substring(0, gap), head) || !groups(value.substring(gap + 2), tail)) {
      return null;
    }
    int total = head.size() + tail.size();
    if ((gap < 0 && total != 8) || (gap >= 0 && total > 7)) {
      return null;
    }
    byte[] bytes = new byte[16];
    for (int i = 0; i < head.size(); i++) {
      bytes[2 * i] = (byte) (head.get(i) >> 8);
      bytes[2 * i + 1] = (byte) (int) head.get(i);
    }
    for (int i = 0; i < tail.size(); i++) {
      int at = 8 - tail.size() + i;
      bytes[2 * at] = (byte) (tail.get(i) >> 8);
      bytes[2 * at + 1] = (byte) (int) tail.get(i);
    }
    return bytes;
  }

  /** Reads colon-separated hex groups (the last may be dotted IPv4) into 16-bit values. */
  private static boolean groups(String text, List<Integer> out) {
    if (text.isEmpty()) {
      return true;
    }
    String[] parts = text.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1 && part.indexOf('.') >= 0) {
        byte[] v4 = ipv4(part);
        if (v4 == null) {
          return false;
        }
        out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
        out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
      } else if (part.isEmpty() || part.length() > 4 || !HEX_GROUP.matcher(part).matches()) {
        return false;
      } else {
        out.add(Integer.parseInt(part, 16));
      }
    }
    return true;
  }
}
