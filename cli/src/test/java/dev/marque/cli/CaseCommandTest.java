package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
}
