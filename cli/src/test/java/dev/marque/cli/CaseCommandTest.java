package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.marque.cases.CaseStore;
import dev.marque.cases.EventType;
import dev.marque.cases.NewCase;
import dev.marque.cases.NewEvent;
import dev.marque.cases.StoredNotice;
import dev.marque.cases.outbox.Channel;
import dev.marque.cases.outbox.ChannelKind;
import dev.marque.cases.outbox.Dispatcher;
import dev.marque.cases.outbox.Outgoing;
import dev.marque.cases.outbox.Recipients;
import dev.marque.cases.outbox.SendException;
import dev.marque.core.Marketplace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From marque draft's output to a sent notice, a takedown and a report, on the command line. */
class CaseCommandTest {
  private static final String PORTFOLIO = "../samples/data/portfolio.json";
  private static final String EBAY_FINDING = "{\"listingId\":\"256478901234\","
      + "\"marketplace\":\"EBAY\",\"url\":\"https://www.ebay.com/itm/256478901234\","
      + "\"title\":\"A U R E L I A tote AAA\",\"seller\":{\"id\":\"luxe_finds_4u\"},"
      + "\"mentions\":[{\"brand\":\"Aurelia\",\"field\":\"TITLE\",\"start\":0,\"end\":13,"
      + "\"matched\":\"A U R E L I A\",\"method\":\"SEPARATED\",\"similarity\":1.0}],"
      + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":"
      + "[{\"code\":\"CUE_WORD\",\"message\":\"the title says AAA\"}]}}";

  @TempDir
  Path dir;

  GreenMail mail;

  @BeforeEach
  void startMail() {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterEach
  void stopMail() {
    mail.stop();
  }

  @Test
  void a_drafted_notice_is_opened_approved_sent_once_and_tracked_to_its_takedown()
      throws Exception {
    Path findings = Files.writeString(dir.resolve("findings.jsonl"), EBAY_FINDING + "\n");
    Path notices = dir.resolve("notices");
    String db = dir.resolve("marque.db").toString();
    assertThat(CommandRun.of("draft", "--portfolio", PORTFOLIO, "--findings",
        findings.toString(), "--route", "ebay-vero", "--out", notices.toString(), "--date",
        "2026-06-15").exitCode()).isZero();

    CommandRun open = CommandRun.of("case", "open", "--db", db, "--findings",
        findings.toString(), "--notices", notices.toString());
    CommandRun again = CommandRun.of("case", "open", "--db", db, "--findings",
        findings.toString(), "--notices", notices.toString());
    assertThat(open.exitCode()).as(open.err()).isZero();
    assertThat(open.out()).contains("1 cases opened, 0 already existed");
    assertThat(again.out()).contains("0 cases opened, 1 already existed");

    assertThat(CommandRun.of("case", "approve", "--db", db, "--all", "--actor", "alice").out())
        .contains("approved 1");
    Path recipients = Files.writeString(dir.resolve("recipients.json"), "{\"from\":"
        + " \"agent@castellreeve.example\", \"recipients\": [{\"marketplace\": \"EBAY\","
        + " \"route\": \"ebay-vero\", \"email\": \"vero@ebay.example\"}]}");
    String smtp = "smtp://127.0.0.1:" + mail.getSmtp().getPort();
    CommandRun send = CommandRun.of("case", "send", "--db", db, "--recipients",
        recipients.toString(), "--smtp", smtp);
    CommandRun sendAgain = CommandRun.of("case", "send", "--db", db, "--recipients",
        recipients.toString(), "--smtp", smtp);
    assertThat(send.exitCode()).as(send.err()).isZero();
    assertThat(send.out()).contains("1 sent");
    assertThat(sendAgain.out()).contains("0 sent");
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(mail.getReceivedMessages()[0].getContent().toString())
        .contains("256478901234");

    CommandRun removed = CommandRun.of("case", "record", "--db", db, "1", "REMOVED", "--note",
        "gone on eBay");
    assertThat(removed.out()).contains("case 1 is REMOVED");
    CommandRun refused = CommandRun.of("case", "record", "--db", db, "1", "APPROVED");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("cannot record APPROVED");

    CommandRun list = CommandRun.of("case", "list", "--db", db, "--state", "REMOVED", "--json");
    assertThat(list.out()).contains("\"listingId\":\"256478901234\"")
        .contains("\"seller\":\"luxe_finds_4u\"").contains("\"brand\":\"Aurelia\"");
    CommandRun show = CommandRun.of("case", "show", "--db", db, "1");
    assertThat(show.out()).contains("DETECTED").contains("DRAFTED").contains("APPROVED  by alice")
        .contains("SUBMITTED").contains("REMOVED").contains("gone on eBay");

    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");
    assertThat(CommandRun.of("case", "report", "--db", db, "--out", html.toString(), "--json",
        json.toString()).exitCode()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<svg").contains("eBay");
    assertThat(Files.readString(json)).contains("\"takedownRate\" : 1.0");
    assertThat(CommandRun.of("case", "due", "--db", db).exitCode()).isZero();
  }

  @Test
  void case_list_stops_and_says_so_when_standard_output_fails_instead_of_reading_every_row()
      throws Exception {
    String db = dir.resolve("marque.db").toString();
    try (CaseStore store = CaseStore.open(db)) {
      List<NewCase> cases = new java.util.ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        cases.add(NewCase.builder(Marketplace.EBAY, "L" + i, "TRADEMARK AURELIA", "ebay-vero")
            .build());
      }
      store.openCases(cases);
    }
    // standard output as a closed pipe or a full disk: it takes 10,000 bytes, then fails
    java.io.OutputStream closing = new java.io.OutputStream() {
      private int taken;

      @Override
      public void write(int b) throws java.io.IOException {
        if (++taken > 10_000) {
          throw new java.io.IOException("Broken pipe");
        }
      }
    };
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli = MarqueCommand.commandLine();
    cli.setOut(new java.io.PrintWriter(closing, true, StandardCharsets.UTF_8));
    cli.setErr(new java.io.PrintWriter(err, true));

    int code = cli.execute("case", "list", "--db", db);

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("marque case list: standard output failed or was closed"
        + " after at most 2048 cases; the listing is incomplete").doesNotContain("5000 cases");
    assertThat(CommandRun.of("case", "list", "--db", db).err()).contains("5000 cases");
  }

  @Test
  void case_list_prints_each_case_of_a_state_once_in_order_as_text_and_as_json_lines()
      throws Exception {
    String db = dir.resolve("marque.db").toString();
    List<Long> drafted = new java.util.ArrayList<>();
    try (CaseStore store = CaseStore.open(db)) {
      List<NewCase> cases = new java.util.ArrayList<>();
      for (int i = 0; i < 2_500; i++) {
        NewCase.Builder b = NewCase.builder(Marketplace.EBAY, "L" + i, "TRADEMARK AURELIA",
            "ebay-vero").sellerId("店铺 " + i).listingUrl("https://www.ebay.com/itm/" + i);
        if (i % 2 == 0) {
          b.notice(new StoredNotice("vero-" + (i % 3), "ebay-vero", Marketplace.EBAY, "VeRO",
              "Please remove " + (i % 3)));
        }
        cases.add(b.build());
      }
      store.openCases(cases).forEach(o -> {
        if (o.theCase().noticeId().isPresent()) {
          drafted.add(o.theCase().id());
        }
      });
    }

    CommandRun text = CommandRun.of("case", "list", "--db", db, "--state", "DRAFTED");
    CommandRun json = CommandRun.of("case", "list", "--db", db, "--state", "DRAFTED", "--json");
    CommandRun all = CommandRun.of("case", "list", "--db", db);

    assertThat(text.exitCode()).as(text.err()).isZero();
    List<String> lines = text.out().lines().toList();
    assertThat(lines).hasSize(1_250);
    assertThat(lines.get(0)).isEqualTo(drafted.get(0) + "\tDRAFTED\tEBAY\tL0\tebay-vero\tvero-0");
    assertThat(lines).extracting(l -> Long.parseLong(l.substring(0, l.indexOf('\t'))))
        .containsExactlyElementsOf(drafted);
    assertThat(text.err()).contains("1250 cases");
    List<String> jsonLines = json.out().lines().toList();
    assertThat(jsonLines).hasSize(1_250);
    for (int i = 0; i < jsonLines.size(); i++) {
      assertThat(jsonLines.get(i)).startsWith("{\"id\":" + drafted.get(i) + ",\"state\":"
          + "\"DRAFTED\",\"marketplace\":\"EBAY\",\"listingId\":\"L" + 2 * i + "\",\"url\":"
          + "\"https://www.ebay.com/itm/" + 2 * i + "\",\"seller\":\"店铺 " + 2 * i + "\",")
          .contains(",\"notice\":\"vero-" + (2 * i % 3) + "\",");
    }
    assertThat(json.out()).endsWith("}\n");
    assertThat(all.out().lines()).hasSize(2_500);
    assertThat(all.err()).contains("2500 cases");
  }

  @Test
  void bad_configuration_is_a_usage_error() throws Exception {
    Path notADb = Files.writeString(dir.resolve("notes.db"), "not a database ".repeat(100));
    CommandRun foreign = CommandRun.of("case", "list", "--db", notADb.toString());
    assertThat(foreign.exitCode()).isEqualTo(2);
    assertThat(foreign.err()).contains("not a marque case store");

    String db = dir.resolve("marque.db").toString();
    Path recipients = Files.writeString(dir.resolve("r.json"), "{\"recipients\": ["
        + "{\"marketplace\": \"EBAY\", \"route\": \"ebay-vero\", \"emial\": \"x@y.example\"}]}");
    CommandRun typo = CommandRun.of("case", "send", "--db", db, "--recipients",
        recipients.toString());
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("recipients[0].emial: unknown property");

    assertThat(CommandRun.of("case", "record", "--db", db, "99", "REMOVED").err())
        .contains("there is no case 99");
    assertThat(CommandRun.of("case", "approve", "--db", db).exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("case", "record", "--db", db, "1", "CLOSED", "--at", "yesterday")
        .err()).contains("--at 'yesterday' is not a time");
    assertThat(CommandRun.of("case", "record", "--db", db, "1", "VANISHED").exitCode())
        .isEqualTo(2);
    assertThat(List.of(CommandRun.of("case", "list", "--db",
        "jdbc:mysql://localhost/x").err())).anyMatch(e -> e.contains("SQLite"));
  }

  @Test
  void a_send_left_sent_unknown_is_settled_by_a_person_with_a_note() throws Exception {
    String db = dir.resolve("marque.db").toString();
    try (CaseStore store = CaseStore.open(db)) {
      long id = store.openCase(NewCase.builder(Marketplace.EBAY, "L1", "TRADEMARK AURELIA",
          "ebay-vero").notice(new StoredNotice("n-1", "ebay-vero", Marketplace.EBAY, "Notice",
              "Please remove L1.")).build()).theCase().id();
      store.approve(List.of(id), "alice");
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
      Dispatcher.builder(store, Recipients.parse("{\"from\": \"a@b.example\", \"recipients\":"
          + " [{\"marketplace\": \"EBAY\", \"route\": \"ebay-vero\", \"email\":"
          + " \"vero@ebay.example\"}]}", "recipients.json")).channel(dropping).build().run(10);
    }

    CommandRun list = CommandRun.of("case", "settle", "--db", db);
    assertThat(list.out()).contains("1\tn-1\tvero@ebay.example\t");
    assertThat(list.err()).contains("1 entries awaiting settlement");
    CommandRun guess = CommandRun.of("case", "settle", "--db", db, "1", "--sent");
    assertThat(guess.exitCode()).isEqualTo(2);
    assertThat(guess.err()).contains("give --note");
    assertThat(CommandRun.of("case", "settle", "--db", db, "1", "--note", "x").err())
        .contains("give --sent or --not-sent");

    CommandRun settle = CommandRun.of("case", "settle", "--db", db, "1", "--sent", "--note",
        "VeRO ticket 4411 shows it received", "--actor", "alice");
    assertThat(settle.exitCode()).as(settle.err()).isZero();
    assertThat(settle.out()).contains("outbox entry 1 (n-1) is SENT");
    assertThat(CommandRun.of("case", "show", "--db", db, "1").out())
        .contains("SUBMITTED  by marque").contains("confirmed by alice")
        .contains("VeRO ticket 4411");
    CommandRun twice = CommandRun.of("case", "settle", "--db", db, "1", "--not-sent", "--note",
        "second thoughts");
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err()).contains("is SENT, not SENT_UNKNOWN");
  }

  @Test
  void due_reads_a_users_own_windows_beside_the_shipped_ones() throws Exception {
    String db = dir.resolve("marque.db").toString();
    try (CaseStore store = CaseStore.open(db)) {
      long id = store.openCase(NewCase.builder(Marketplace.TEMU, "T1", "TRADEMARK AURELIA",
          "temu").build()).theCase().id();
      store.record(id, NewEvent.of(EventType.REMOVED, "alice")
          .at(java.time.Instant.parse("2026-03-02T09:00:00Z")));
    }
    Path windows = Files.writeString(dir.resolve("w.tsv"), "temu-relist\ttemu\tREMOVED\t0\t5"
        + "\tbusiness\tweekends\tour Temu account terms\tcheck the listing stays down\n");
    CommandRun due = CommandRun.of("case", "due", "--db", db, "--windows", windows.toString());
    assertThat(due.exitCode()).as(due.err()).isZero();
    assertThat(due.out()).contains("case 1\ttemu-relist\tfrom 2026-03-02\tdue 2026-03-09");
    assertThat(CommandRun.of("case", "due", "--db", db).err()).contains("0 open deadlines");
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "x\ttemu\tREMOVED\n");
    CommandRun refused = CommandRun.of("case", "due", "--db", db, "--windows", bad.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("bad.tsv line 1: expected 9 tab-separated columns");
  }
}
