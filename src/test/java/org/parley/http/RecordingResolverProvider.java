package org.parley.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The test JVM's name resolver: the JDK's own, which also records every name it is asked for, so a
 * test can show that parsing client addresses never resolves anything.
 */
public final class RecordingResolverProvider extends InetAddressResolverProvider {
  /** Every host name looked up since the JVM started. */
  static final Set<String> LOOKUPS = ConcurrentHashMap.newKeySet();

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        LOOKUPS.add(host);
        return builtin.lookupByName(host, policy);
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        return builtin.lookupByAddress(addr);
      }
    };
  }

  @Override
  public String name() {
    return "recording";
  }
}
