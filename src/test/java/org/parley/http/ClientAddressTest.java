package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Client addresses are parsed, never resolved: no input reaches a name resolver. */
class ClientAddressTest {
  @Test
  void no_address_form_is_ever_looked_up_by_a_resolver() throws Exception {
    // The recorder is this JVM's resolver: a real lookup shows up in it.
    InetAddress.getByName("localhost");
    assertThat(RecordingResolverProvider.LOOKUPS).contains("localhost");

    List<String> inputs =
        List.of(
            "999.1.1.1",
            "256.0.0.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4x",
            "example.org",
            "fe80::1%eth0",
            ":::",
            "1::2::3",
            "12345::",
            "1:2:3:4:5:6:7:8:9",
            "::ffff:300.1.1.1",
            "1.2.3.4",
            "[::1]",
            "2001:db8::1",
            "::ffff:192.0.2.7");
    for (String input : inputs) {
      ClientAddress.literal(input);
    }
    assertThat(RecordingResolverProvider.LOOKUPS).doesNotContainAnyElementsOf(inputs);
  }

  @Test
  void literals_parse_to_the_address_they_write_and_anything_else_is_refused() {
    assertThat(address("1.2.3.4")).isEqualTo("1.2.3.4");
    assertThat(address("255.255.255.255")).isEqualTo("255.255.255.255");
    assertThat(address("[::1]")).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(address("2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(address("1:2:3:4:5:6:7:8")).isEqualTo("1:2:3:4:5:6:7:8");
    assertThat(address("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    assertThat(address("64:ff9b::192.0.2.7")).isEqualTo("64:ff9b:0:0:0:0:c000:207");
    for (String bad :
        List.of(
            "999.1.1.1",
            "256.0.0.1",
            "1.2.3",
            "example.org",
            "fe80::1%eth0",
            ":::",
            "1::2::3",
            "12345::",
            "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7",
            "")) {
      assertThat(ClientAddress.literal(bad)).as(bad).isEmpty();
    }
  }

  private static String address(String literal) {
    Optional<InetAddress> parsed = ClientAddress.literal(literal);
    assertThat(parsed).as(literal).isPresent();
    return parsed.get().getHostAddress();
  }
}
