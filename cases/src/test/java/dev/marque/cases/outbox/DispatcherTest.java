package dev.marque.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.EventType;
import dev.marque.cases.MutableClock;
import dev.marque.cases.TestDatabases.Kind;
import dev.marque.core.Marketplace;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DispatcherTest {
  @TempDir
  Path dir;

  GreenMail mail;
  MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

  @BeforeEach
  void startMail() {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterEach
  void stopMail() {
    mail.stop();
  }

  static Kind[] kinds() {
    return Kind.values();
  }

  String smtpUrl() {
    return "smtp://127.0.0.1:" + mail.getSmtp().getPort();
  }

  static Recipients recipients(String extra) throws Exception {
    return Recipients.parse("{\"from\": \"agent@castellreeve.example\", \"recipients\": ["
        + "{\"marketplace\": \"EBAY\", \"route\": \"ebay-vero\", \"email\": \"vero@ebay.example\"}"
        + extra + "]}", "recipients.json");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void approved_notices_are_mailed_once_and_their_cases_become_submitted(Kind kind)
      throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock)) {
      List<String> notices = OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero",
          3);
      Dispatcher d = Dispatcher.builder(store, recipients(""))
          .channel(EmailChannel.of(smtpUrl(), "agent@castellreeve.example")).build();

      DispatchReport first = d.run(100);
      DispatchReport second = d.run(100);

      assertThat(first.sent()).hasSize(3);
      assertThat(first.allDone()).isTrue();
      assertThat(second.sent()).isEmpty();
      MimeMessage[] received = mail.getReceivedMessages();
      assertThat(received).hasSize(3);
      assertThat(Arrays.stream(received).map(m -> header(m, "X-Marque-Notice")))
          .containsExactlyInAnyOrderElementsOf(notices);
      OutboxEntry e = Outbox.of(store).entries().get(0);
      assertThat(e.status()).isEqualTo(OutboxStatus.SENT);
      assertThat(Arrays.stream(received).map(m -> header(m, "Message-ID")))
          .contains("<" + e.idempotencyKey().orElseThrow() + "@marque>");
      assertThat(e.serverAnswer().orElseThrow()).startsWith("250");
      assertThat(store.list(CaseState.SUBMITTED)).hasSize(3);
      assertThat(store.events(store.list().get(0).id())).last()
          .satisfies(ev -> {
            assertThat(ev.type()).isEqualTo(EventType.SUBMITTED);
            assertThat(ev.note().orElseThrow()).contains("vero@ebay.example");
          });
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_webhook_that_is_busy_is_tried_again_later_and_a_refusal_keeps_the_servers_answer(
      Kind kind) throws Exception {
    try (MockWebServer server = new MockWebServer();
        CaseStore store = CaseStore.open(kind.fresh(dir), clock)) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
      server.enqueue(new MockResponse.Builder().code(422).body("listing id unknown").build());
      server.enqueue(new MockResponse.Builder().code(202).body("{\"ticket\":\"T-1\"}").build());
      OutboxFixtures.approvedNotices(store, Marketplace.AMAZON, "amazon", 2);
      Recipients r = recipients(", {\"marketplace\": \"AMAZON\", \"route\": \"amazon\","
          + " \"webhook\": \"" + server.url("/notices") + "\"}");
      Dispatcher d = Dispatcher.builder(store, r).channel(WebhookChannel.create())
          .backoff(Duration.ofSeconds(30), Duration.ofMinutes(5)).build();

      DispatchReport first = d.run(10);
      assertThat(first.retrying()).singleElement().asString().contains("503").contains("busy");
      assertThat(first.failed()).singleElement().asString().contains("422")
          .contains("listing id unknown");
      assertThat(d.run(10).sent()).isEmpty(); // the retry is not due yet
      clock.advance(Duration.ofMinutes(1));
      DispatchReport later = d.run(10);

      assertThat(later.sent()).singleElement().asString().contains("amazon-amazon-1");
      assertThat(server.getRequestCount()).isEqualTo(3);
      RecordedRequest req = server.takeRequest();
      assertThat(req.getHeaders().get("Idempotency-Key")).matches("[0-9a-f]{64}");
      assertThat(Outbox.of(store).entries(OutboxStatus.FAILED)).singleElement()
          .satisfies(e -> assertThat(e.serverAnswer().orElseThrow()).contains("422"));
    }
  }

  @Test
  void a_notice_for_a_form_becomes_a_packet_and_waits_for_a_person() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("c.db").toString(), clock)) {
      OutboxFixtures.approvedNotices(store, Marketplace.ALIBABA, "alibaba-ipp", 1);
      Recipients r = recipients(", {\"marketplace\": \"ALIBABA\", \"route\": \"alibaba-ipp\","
          + " \"form\": \"https://ipp.alibabagroup.com/\"}");
      DispatchReport report = Dispatcher.builder(store, r)
          .channel(ManualChannel.into(dir.resolve("packets"))).build().run(10);

      assertThat(report.manual()).hasSize(1);
      String packet = Files.readString(dir.resolve("packets/alibaba-ipp-alibaba-1.packet.txt"));
      assertThat(packet).contains("https://ipp.alibabagroup.com/").contains("Please remove");
      assertThat(store.list(CaseState.APPROVED)).hasSize(1); // a person records SUBMITTED
    }
  }

  @Test
  void a_notice_without_a_recipient_is_named_and_stays_in_the_outbox() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("c.db").toString(), clock)) {
      OutboxFixtures.approvedNotices(store, Marketplace.TEMU, "temu", 1);
      DispatchReport report = Dispatcher.builder(store, recipients(""))
          .channel(EmailChannel.of(smtpUrl(), "agent@castellreeve.example")).build().run(10);
      assertThat(report.unrouted()).singleElement().asString()
          .contains("no recipient for TEMU by temu");
      assertThat(Outbox.of(store).entries(OutboxStatus.PENDING)).hasSize(1);
    }
  }

  @Test
  void an_smtp_server_that_refuses_for_good_fails_the_notice_with_its_answer() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("c.db").toString(), clock)) {
      OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero", 1);
      // nothing listens on this port: a connection refused is transient
      Dispatcher d = Dispatcher.builder(store, recipients(""))
          .channel(EmailChannel.of("smtp://127.0.0.1:1", "agent@castellreeve.example"))
          .maxAttempts(2).backoff(Duration.ofSeconds(1), Duration.ofSeconds(2)).build();
      assertThat(d.run(10).retrying()).singleElement().asString().contains("cannot connect");
      clock.advance(Duration.ofSeconds(5));
      assertThat(d.run(10).failed()).singleElement().asString().contains("gave up after 2");
      assertThat(mail.getReceivedMessages()).isEmpty();
    }
  }

  @Test
  void a_recipients_file_with_a_typo_is_refused_with_the_json_path() {
    assertThatThrownBy(() -> Recipients.parse("{\"from\": \"a@b.example\", \"recipients\": ["
        + "{\"marketplace\": \"EBAY\", \"route\": \"ebay-vero\", \"emial\": \"x@y.example\"},"
        + "{\"marketplace\": \"NOWHERE\", \"route\": \"dmca\", \"email\": \"x@y.example\"},"
        + "{\"marketplace\": \"AMAZON\", \"route\": \"dcma\", \"webhook\": \"ftp://x\"}]}",
        "recipients.json"))
        .isInstanceOf(InvalidRecipientsException.class)
        .satisfies(e -> assertThat(((InvalidRecipientsException) e).problems())
            .anyMatch(p -> p.startsWith("recipients[0].emial: unknown property"))
            .anyMatch(p -> p.startsWith("recipients[0]: give exactly one of"))
            .anyMatch(p -> p.startsWith("recipients[1].marketplace: 'NOWHERE'"))
            .anyMatch(p -> p.startsWith("recipients[2].route: 'dcma' is not a route")));
  }

  @Test
  void an_uncertain_send_is_settled_by_a_person() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("c.db").toString(), clock)) {
      OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero", 1);
      Channel dropping = new Channel() {
        @Override
        public ChannelKind kind() {
          return ChannelKind.EMAIL;
        }

        @Override
        public String send(Outgoing outgoing) throws SendException {
          throw new SendException(SendException.Kind.UNKNOWN, "connection dropped after DATA",
              "", null);
        }
      };
      Dispatcher d = Dispatcher.builder(store, recipients("")).channel(dropping).build();
      assertThat(d.run(10).unknown()).singleElement().asString().contains("dropped");
      assertThat(d.run(10).sent()).isEmpty(); // never resent automatically
      long entry = Outbox.of(store).entries(OutboxStatus.SENT_UNKNOWN).get(0).id();

      Outbox.of(store).settle(entry, true, "alice");

      assertThat(Outbox.of(store).entries(OutboxStatus.SENT)).hasSize(1);
      assertThat(store.list(CaseState.SUBMITTED)).hasSize(1);
      assertThatThrownBy(() -> Outbox.of(store).settle(entry, false, "alice"))
          .hasMessageContaining("not SENT_UNKNOWN");
    }
  }

  private static String header(MimeMessage m, String name) {
    try {
      return m.getHeader(name, null);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
