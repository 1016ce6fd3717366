package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SellersCommandTest {
  @Test
  void printsTheNetworksWithEachLinkExplainedAndCountsBadLines() {
    String feed = String.join("\n",
        "{\"id\":\"1\",\"title\":\"tote\",\"marketplace\":\"ALIEXPRESS\",\"seller\":{\"id\":\"a\"},"
            + "\"description\":\"WhatsApp +86 138 0013 8000\"}",
        "{\"id\":\"2\",\"title\":\"tote\",\"marketplace\":\"ALIEXPRESS\",\"seller\":{\"id\":\"b\"},"
            + "\"description\":\"call 0086 138 0013 8000\"}",
        "{\"id\":\"3\",\"title\":\"tote\",\"marketplace\":\"ALIEXPRESS\",\"seller\":{\"id\":\"c\"}}",
        "not json");
    CommandRun run = CommandRun.withStdin(feed, "sellers", "--listings", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"sellers\" : [ \"aliexpress:a\", \"aliexpress:b\" ]")
        .contains("\"kind\" : \"phone\"")
        .contains("the same phone number +8613800138000 in listing 1 and listing 2")
        .doesNotContain("aliexpress:c");
    assertThat(run.err()).contains("line 4:").contains("1 networks of 2 sellers");
  }
}
