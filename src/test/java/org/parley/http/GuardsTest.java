package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.parley.config.ConfigException;
import org.parley.config.ServerConfig;

/** The limits and tags behind the guards, without a server. */
class GuardsTest {
  private final AtomicLong clock = new AtomicLong(1_000_000_000L);

  private void advanceMillis(long millis) {
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  private static int refusedAfter(ThrowingRunnable call) {
    try {
      call.run();
      return 0;
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(429);
      return e.retryAfterSeconds();
    }
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run();
  }

  @Test
  void a_token_bucket_allows_the_burst_then_the_sustained_rate() {
    RateLimiter limiter = new RateLimiter(2, 4, clock::get);
    for (int i = 0; i < 4; i++) {
      limiter.check("a");
    }
    assertThat(refusedAfter(() -> limiter.check("a"))).isEqualTo(1);
    limiter.check("b");
    advanceMillis(500);
    limiter.check("a");
    assertThat(refusedAfter(() -> limiter.check("a"))).isEqualTo(1);
    advanceMillis(10_000);
    for (int i = 0; i < 4; i++) {
      limiter.check("a");
    }
    assertThat(refusedAfter(() -> limiter.check("a"))).isPositive();
  }

  @Test
  void retry_after_says_how_long_until_the_next_token() {
    RateLimiter slow = new RateLimiter(1, 1, clock::get);
    slow.check("a");
    assertThat(refusedAfter(() -> slow.check("a"))).isEqualTo(1);
    RateLimiter verySlow = new RateLimiter(1, 1, clock::get);
    verySlow.check("a");
    advanceMillis(100);
    assertThat(refusedAfter(() -> verySlow.check("a"))).isEqualTo(1);
  }

  @Test
  void a_rate_of_zero_turns_the_limit_off() {
    RateLimiter off = new RateLimiter(0, 0, clock::get);
    for (int i = 0; i < 1000; i++) {
      off.check("a");
    }
  }

  @Test
  void a_throttled_client_stays_throttled_while_more_than_the_table_of_others_are_active() {
    RateLimiter limiter = new RateLimiter(1, 5, clock::get);
    for (int i = 0; i < 5; i++) {
      limiter.check("victim");
    }
    assertThat(refusedAfter(() -> limiter.check("victim"))).isPositive();
    int refusedNewcomers = 0;
    for (int i = 0; i < RateLimiter.MAX_CLIENTS + 500; i++) {
      String other = "other-" + i;
      if (refusedAfter(() -> limiter.check(other)) > 0) {
        refusedNewcomers++;
      }
      if (i == RateLimiter.MAX_CLIENTS) {
        advanceMillis(150); // a sweep may run again; no bucket is full after 150 ms
      }
    }
    // The table is full of active clients: newcomers wait, nobody's limit is reset.
    assertThat(refusedNewcomers).isPositive();
    assertThat(limiter.trackedClients()).isLessThanOrEqualTo(RateLimiter.MAX_CLIENTS);
    assertThat(refusedAfter(() -> limiter.check("victim"))).isPositive();
  }

  @Test
  void buckets_that_are_full_again_make_room_for_new_clients() {
    RateLimiter limiter = new RateLimiter(100, 10, clock::get);
    for (int i = 0; i < RateLimiter.MAX_CLIENTS; i++) {
      limiter.check("client-" + i);
    }
    assertThat(refusedAfter(() -> limiter.check("newcomer"))).isPositive();
    advanceMillis(1_000); // every bucket is full again, the same as forgotten
    limiter.check("newcomer");
    assertThat(limiter.trackedClients()).isLessThanOrEqualTo(RateLimiter.MAX_CLIENTS);
  }

  @Test
  void ipv6_clients_rotating_inside_their_64_share_one_key() throws Exception {
    String a = ClientAddress.key(ClientAddress.literal("2001:db8:1:2::1").orElseThrow(), 64);
    String b = ClientAddress.key(ClientAddress.literal("2001:db8:1:2:ffff::9").orElseThrow(), 64);
    String other = ClientAddress.key(ClientAddress.literal("2001:db8:1:3::1").orElseThrow(), 64);
    assertThat(a).isEqualTo(b).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(other).isNotEqualTo(a);
    assertThat(ClientAddress.key(ClientAddress.literal("192.0.2.7").orElseThrow(), 64))
        .isEqualTo("192.0.2.7");
  }

  @Test
  void the_ipv6_prefix_that_names_one_client_is_configurable_from_32_to_128() throws Exception {
    java.net.InetAddress a = ClientAddress.literal("2001:db8:1:2::1").orElseThrow();
    java.net.InetAddress sameSlash48 = ClientAddress.literal("2001:db8:1:9::1").orElseThrow();
    ClientAddress by48 =
        new ClientAddress(
            java.util.List.of(),
            new ServerConfig(null, null, null, null, null, null, null)
                .withIpv6RatePrefix(48)
                .ipv6RatePrefix());
    assertThat(by48.keyOf(a))
        .isEqualTo(by48.keyOf(sameSlash48))
        .isEqualTo("2001:db8:1:0:0:0:0:0/48");
    assertThat(ClientAddress.key(a, 64)).isNotEqualTo(ClientAddress.key(sameSlash48, 64));
    assertThat(ClientAddress.key(a, 60)).isEqualTo("2001:db8:1:0:0:0:0:0/60");
    assertThat(ClientAddress.key(a, 128)).isEqualTo("2001:db8:1:2:0:0:0:1/128");
    assertThatThrownBy(() -> ServerConfig.DEFAULT.withIpv6RatePrefix(31))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ipv6_rate_prefix");
    assertThatThrownBy(() -> ServerConfig.DEFAULT.withIpv6RatePrefix(129))
        .isInstanceOf(ConfigException.class);
    assertThat(ServerConfig.DEFAULT.ipv6RatePrefix()).isEqualTo(64);
  }

  @Test
  void exports_have_a_pool_of_their_own() {
    SearchSlots searches = new SearchSlots(1);
    SearchSlots exports = SearchSlots.forExports(1);
    SearchSlots.Slot export = exports.acquire();
    assertThatThrownBy(exports::acquire).isInstanceOf(ApiException.class);
    searches.acquire().close();
    export.close();
  }

  @Test
  void search_slots_refuse_at_once_when_all_are_taken_and_free_on_close() {
    SearchSlots slots = new SearchSlots(2);
    SearchSlots.Slot first = slots.acquire();
    SearchSlots.Slot second = slots.acquire();
    assertThatThrownBy(slots::acquire)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.code()).isEqualTo("overloaded");
              assertThat(e.retryAfterSeconds()).isEqualTo(1);
            });
    first.close();
    slots.acquire().close();
    second.close();
  }

  @Test
  void if_none_match_compares_weakly_and_accepts_lists_and_star() {
    String tag = "W/\"gen-000002-0123456789abcdef\"";
    assertThat(ETags.matches(tag, tag)).isTrue();
    assertThat(ETags.matches("\"gen-000002-0123456789abcdef\"", tag)).isTrue();
    assertThat(ETags.matches("\"x\", " + tag, tag)).isTrue();
    assertThat(ETags.matches("*", tag)).isTrue();
    assertThat(ETags.matches("W/\"gen-000003-0123456789abcdef\"", tag)).isFalse();
    assertThat(ETags.matches(null, tag)).isFalse();
    assertThat(ETags.generationOf(tag)).isEqualTo("gen-000002");
  }

  @Test
  void client_addresses_are_ip_literals_and_never_looked_up() {
    assertThat(ClientAddress.literal("203.0.113.9")).isPresent();
    assertThat(ClientAddress.literal(" [2001:db8::1] ")).isPresent();
    assertThat(ClientAddress.literal("example.org")).isEmpty();
    assertThat(ClientAddress.literal("unknown")).isEmpty();
    assertThat(ClientAddress.literal("")).isEmpty();
  }
}
