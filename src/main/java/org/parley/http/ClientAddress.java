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

  private final Set<InetAddress> trusted = new HashSet<>();

  ClientAddress(List<String> trustedProxies) {
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
    if (peerAddress.isEmpty() || !trusted.contains(peerAddress.get())) {
      return peer;
    }
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops[i]);
      if (hop.isEmpty()) {
        return peer;
      }
      if (!trusted.contains(hop.get())) {
        return hop.get().getHostAddress();
      }
    }
    return peer;
  }

  /** An IP literal as an address; never a DNS lookup (names are refused). */
  static Optional<InetAddress> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.isEmpty()
        || value.length() > 45
        || !(IPV4.matcher(value).matches() || IPV6.matcher(value).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(value));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
