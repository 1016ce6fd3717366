package dev.marque.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.EventType;
import dev.marque.cases.MutableClock;
import dev.marque.cases.TestDatabases;
import dev.marque.cases.TestDatabases.Kind;
import dev.marque.core.Marketplace;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DispatcherTest {
  @TempDir
  Path dir;

  @RegisterExtension
  final LoopbackMail mail = new LoopbackMail();

  MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

  static Kind[] kinds() {
    return Kind.values();
  }

  static Recipients recipients(String extra) throws Exception {
    return LoopbackMail.recipients(extra);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void approved_notices_are_mailed_once_and_their_cases_become_submitted(Kind kind)
      throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock)) {
      List<String> notices = OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero",
          3);
      Dispatcher d = Dispatcher.builder(store, recipients(""))
          .channel(EmailChannel.of(mail.smtpUrl(), LoopbackMail.FROM)).build();

      DispatchReport first = d.run(100);
      DispatchReport second = d.run(100);

      assertThat(first.sent()).hasSize(3);
      assertThat(first.allDone()).isTrue();
      assertThat(second.sent()).isEmpty();
      MimeMessage[] received = mail.received();
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
          .channel(EmailChannel.of(mail.smtpUrl(), LoopbackMail.FROM)).build().run(10);
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
      assertThat(mail.received()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(HangingUpSmtp.When.class)
  void an_smtp_server_that_hangs_up_mid_message_leaves_the_notice_for_a_person_and_never_resends(
      HangingUpSmtp.When when) throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("c.db").toString(), clock);
        HangingUpSmtp smtp = new HangingUpSmtp(when)) {
      OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero", 1);
      Dispatcher d = Dispatcher.builder(store, recipients(""))
          .channel(EmailChannel.of(smtp.smtpUrl(), LoopbackMail.FROM)).build();

      DispatchReport first = d.run(10);
      clock.advance(Duration.ofDays(1));
      DispatchReport later = d.run(10);

      assertThat(first.unknown()).as("%s", first).singleElement().asString()
          .contains("hung up").contains("may have been accepted");
      assertThat(first.sent()).isEmpty();
      assertThat(later.sent()).isEmpty();
      assertThat(smtp.messagesStarted()).isEqualTo(1); // never sent a second time
      assertThat(Outbox.of(store).entries(OutboxStatus.SENT_UNKNOWN)).hasSize(1); // nor lost
      assertThat(store.list(CaseState.APPROVED)).hasSize(1); // not SUBMITTED on a guess
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

      assertThatThrownBy(() -> Outbox.of(store).settle(entry, true, "alice", " "))
          .hasMessageContaining("note must not be blank");

      OutboxEntry settled = Outbox.of(store).settle(entry, true, "alice",
          "eBay's VeRO desk confirms ticket 4411 received it");

      assertThat(settled.status()).isEqualTo(OutboxStatus.SENT);
      assertThat(Outbox.of(store).entries(OutboxStatus.SENT)).hasSize(1);
      assertThat(store.list(CaseState.SUBMITTED)).singleElement().satisfies(c ->
          assertThat(store.events(c.id()).get(store.events(c.id()).size() - 1).note())
              .hasValueSatisfying(n -> assertThat(n).contains("alice").contains("4411")));
      assertThat(Outbox.of(store).settlements(entry)).singleElement().satisfies(s -> {
        assertThat(s.arrived()).isTrue();
        assertThat(s.actor()).isEqualTo("alice");
        assertThat(s.note()).contains("ticket 4411");
      });
      assertThatThrownBy(() -> Outbox.of(store).settle(entry, false, "alice", "changed my mind"))
          .hasMessageContaining("not SENT_UNKNOWN");
      assertThat(d.run(10).sent()).isEmpty(); // settled as sent: never sent again
    }
  }

  @ParameterizedTest
  @MethodSource("dev.marque.cases.TestDatabases#kinds")
  void a_send_settled_as_not_arrived_is_sent_by_the_next_dispatch_only(Kind kind)
      throws Exception {
    String location = kind.fresh(dir);
    try (CaseStore store = CaseStore.open(location, clock)) {
      OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero", 1);
      List<String> sent = new ArrayList<>();
      boolean[] drop = {true};
      Channel flaky = new Channel() {
        @Override
        public ChannelKind kind() {
          return ChannelKind.EMAIL;
        }

        @Override
        public String send(Outgoing outgoing) throws SendException {
          if (drop[0]) {
            throw new SendException(SendException.Kind.UNKNOWN, "connection dropped after DATA",
                "", null);
          }
          sent.add(outgoing.idempotencyKey());
          return "250 OK";
        }
      };
      Dispatcher d = Dispatcher.builder(store, recipients("")).channel(flaky).build();
      d.run(10);
      drop[0] = false;
      assertThat(d.run(10).sent()).isEmpty();
      long entry = Outbox.of(store).entries(OutboxStatus.SENT_UNKNOWN).get(0).id();

      OutboxEntry back = Outbox.of(store).settle(entry, false, "bob",
          "the platform has no record of it");

      assertThat(back.status()).isEqualTo(OutboxStatus.PENDING);
      assertThat(store.list(CaseState.SUBMITTED)).isEmpty();
      assertThat(d.run(10).sent()).hasSize(1);
      assertThat(sent).hasSize(1);
      assertThat(Outbox.of(store).entry(entry).orElseThrow().status())
          .isEqualTo(OutboxStatus.SENT);
      assertThat(Outbox.of(store).settlements(entry)).singleElement()
          .satisfies(s -> assertThat(s.arrived()).isFalse());
      assertThatThrownBy(() -> TestDatabases.execute(location,
          "DELETE FROM outbox_settlements")).hasMessageContaining("append-only");
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
