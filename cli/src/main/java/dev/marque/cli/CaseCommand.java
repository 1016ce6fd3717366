package dev.marque.cli;

import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.fetch.FetchConfig;
import dev.marque.capture.fetch.Fetcher;
import dev.marque.cases.Case;
import dev.marque.cases.CaseEvent;
import dev.marque.cases.CaseReport;
import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.CaseStoreException;
import dev.marque.cases.Deadline;
import dev.marque.cases.DeadlineRule;
import dev.marque.cases.Deadlines;
import dev.marque.cases.DraftImport;
import dev.marque.cases.EventType;
import dev.marque.cases.IllegalTransitionException;
import dev.marque.cases.NewEvent;
import dev.marque.cases.Opened;
import dev.marque.cases.RecheckReport;
import dev.marque.cases.Rechecker;
import dev.marque.cases.outbox.DispatchReport;
import dev.marque.cases.outbox.Dispatcher;
import dev.marque.cases.outbox.EmailChannel;
import dev.marque.cases.outbox.InvalidRecipientsException;
import dev.marque.cases.outbox.ManualChannel;
import dev.marque.cases.outbox.Outbox;
import dev.marque.cases.outbox.OutboxEntry;
import dev.marque.cases.outbox.OutboxStatus;
import dev.marque.cases.outbox.Recipients;
import dev.marque.cases.outbox.WebhookChannel;
import dev.marque.core.json.MarqueJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marque case ...}: the enforcement cases of reported listings, from notice to takedown,
 * kept in a database ({@code --db}, {@code marque.db} by default; a JDBC URL selects PostgreSQL).
 */
@Command(name = "case", mixinStandardHelpOptions = true,
    description = {"Track reported listings from notice to takedown; send notices exactly once.",
        "Exit 0: done; 1: some items failed or were refused (each named); 2: usage or"
            + " configuration error."},
    subcommands = {CaseCommand.Open.class, CaseCommand.Approve.class, CaseCommand.Send.class,
        CaseCommand.Record.class, CaseCommand.ListCases.class, CaseCommand.Show.class,
        CaseCommand.Due.class, CaseCommand.Recheck.class, CaseCommand.Report.class,
        CaseCommand.Settle.class})
public final class CaseCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What every case command shares: the store, who acts, and how errors end the command. */
  abstract static class Base implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "marque.db",
        description = "the case store: a SQLite file (default: ${DEFAULT-VALUE}) or a"
            + " jdbc:postgresql:// URL")
    String db;

    @Option(names = "--actor", paramLabel = "NAME",
        description = "who is acting, for the event log (default: your user name)")
    String actor;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }

    String actor() {
      return actor != null && !actor.isBlank() ? actor
          : System.getProperty("user.name", "marque");
    }

    String name() {
      return "marque case " + spec.name();
    }

    @Override
    public final Integer call() {
      try (CaseStore store = CaseStore.open(db)) {
        int code = run(store);
        out().flush();
        err().flush();
        return code;
      } catch (CaseStoreException e) {
        err().println(name() + ": " + e.getMessage());
        return ExitCodes.USAGE;
      } catch (NoSuchFileException e) {
        err().println(name() + ": no such file: " + e.getFile()
            + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        return ExitCodes.USAGE;
      } catch (IOException | IllegalArgumentException e) {
        err().println(name() + ": " + e.getMessage());
        return ExitCodes.USAGE;
      } finally {
        out().flush();
        err().flush();
      }
    }

    abstract int run(CaseStore store) throws IOException;
  }

  /** {@code marque case open}: one case per listing of each notice {@code marque draft} wrote. */
  @Command(name = "open", mixinStandardHelpOptions = true,
      description = "Open a case per listing of each complete notice in DIR/index.json.")
  static final class Open extends Base {
    @Option(names = "--findings", required = true, paramLabel = "F.jsonl",
        description = "the findings the notices were drafted from")
    Path findings;

    @Option(names = "--notices", required = true, paramLabel = "DIR",
        description = "the directory marque draft wrote")
    Path notices;

    @Override
    int run(CaseStore store) throws IOException {
      DraftImport d = DraftImport.read(notices, findings, actor());
      List<Opened> opened = store.openCases(d.cases());
      long created = opened.stream().filter(Opened::created).count();
      for (Opened o : opened) {
        Case c = o.theCase();
        out().println((o.created() ? "opened   " : "existing ") + c.id() + "  "
            + c.marketplace() + " " + c.listingId() + "  " + c.state());
      }
      d.problems().forEach(p -> err().println(name() + ": " + p));
      out().println(created + " cases opened, " + (opened.size() - created)
          + " already existed; " + d.problems().size() + " problems");
      return d.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
  }

  /** {@code marque case approve}: approves drafted cases, putting their notices in the outbox. */
  @Command(name = "approve", mixinStandardHelpOptions = true,
      description = "Approve drafted cases for sending (their notices go to the outbox).")
  static final class Approve extends Base {
    @Option(names = "--all", description = "every DRAFTED case")
    boolean all;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "the cases to approve")
    List<Long> ids = new ArrayList<>();

    @Override
    int run(CaseStore store) {
      if (all == !ids.isEmpty()) {
        throw new IllegalArgumentException("give --all or case ids, not both or neither");
      }
      List<Long> todo = all ? store.list(CaseState.DRAFTED).stream().map(Case::id).toList()
          : ids;
      int failed = 0;
      for (long id : todo) {
        try {
          store.approve(List.of(id), actor());
          out().println("approved " + id);
        } catch (IllegalTransitionException e) {
          err().println(name() + ": " + e.getMessage());
          failed++;
        } catch (CaseStoreException e) {
          err().println(name() + ": " + e.getMessage());
          failed++;
        }
      }
      out().println((todo.size() - failed) + " approved, " + failed + " refused");
      return failed == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
  }

  /** {@code marque case send}: dispatches the outbox. */
  @Command(name = "send", mixinStandardHelpOptions = true,
      description = "Send the approved notices: each exactly once, or flagged SENT_UNKNOWN.")
  static final class Send extends Base {
    @Option(names = "--recipients", required = true, paramLabel = "R.json",
        description = "who receives each marketplace's notices by each route")
    Path recipients;

    @Option(names = "--smtp", paramLabel = "URL",
        description = "smtp://[user:password@]host[:port] or smtps://... for e-mail recipients")
    String smtp;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
        description = "the most notices to send in this run (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--packets", paramLabel = "DIR", defaultValue = "packets",
        description = "where web-form packets are written (default: ${DEFAULT-VALUE})")
    Path packets;

    @Override
    int run(CaseStore store) throws IOException {
      Recipients r;
      try {
        r = Recipients.read(recipients);
      } catch (InvalidRecipientsException e) {
        err().println(name() + ": " + recipients + " is not valid:");
        e.problems().forEach(p -> err().println("  " + p));
        return ExitCodes.USAGE;
      }
      Dispatcher.Builder b = Dispatcher.builder(store, r).channel(WebhookChannel.create())
          .channel(ManualChannel.into(packets));
      if (smtp != null) {
        b.channel(EmailChannel.of(smtp, r.from().orElseThrow(() -> new IllegalArgumentException(
            recipients + " has no \"from\" address for e-mail"))));
      }
      DispatchReport report = b.build().run(limit);
      report.sent().forEach(s -> out().println("sent     " + s));
      report.manual().forEach(s -> out().println("packet   " + s));
      report.retrying().forEach(s -> err().println(name() + ": will retry: " + s));
      report.failed().forEach(s -> err().println(name() + ": FAILED: " + s));
      report.unknown().forEach(s -> err().println(name() + ": SENT_UNKNOWN (check by hand): "
          + s));
      report.unrouted().forEach(s -> err().println(name() + ": not sent: " + s
          + (smtp == null ? " (pass --smtp for e-mail recipients)" : "")));
      List<OutboxEntry> unknown = Outbox.of(store).entries(OutboxStatus.SENT_UNKNOWN);
      out().println(report.sent().size() + " sent, " + report.manual().size() + " packets, "
          + report.retrying().size() + " to retry, " + report.failed().size() + " failed, "
          + report.unrouted().size() + " without recipient; " + unknown.size()
          + " awaiting reconciliation (SENT_UNKNOWN)");
      return report.allDone() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
  }

  /** {@code marque case record}: records an event on a case. */
  @Command(name = "record", mixinStandardHelpOptions = true,
      description = "Record an event on a case: SUBMITTED, ACKNOWLEDGED, REMOVED, REJECTED,"
          + " COUNTER_NOTICED, REINSTATED, RELISTED, CLOSED, ...")
  static final class Record extends Base {
    @Parameters(index = "0", paramLabel = "ID", description = "the case")
    long id;

    @Parameters(index = "1", paramLabel = "EVENT", description = "what happened")
    EventType event;

    @Option(names = "--note", paramLabel = "TEXT", description = "a note")
    String note;

    @Option(names = "--at", paramLabel = "TIME",
        description = "when it happened: 2026-03-02T09:00:00Z or 2026-03-02 (default: now)")
    String at;

    @Option(names = "--evidence", paramLabel = "SHA256",
        description = "a SHA-256 reference to stored evidence (repeatable)")
    List<String> evidence = new ArrayList<>();

    @Override
    int run(CaseStore store) {
      NewEvent e = NewEvent.of(event, actor()).withEvidence(evidence);
      if (note != null) {
        e = e.withNote(note);
      }
      if (at != null) {
        e = e.at(parseTime(at));
      }
      if (store.find(id).isEmpty()) {
        throw new IllegalArgumentException("there is no case " + id + " in " + store.location());
      }
      try {
        Case c = store.record(id, e);
        out().println("case " + c.id() + " is " + c.state());
        return ExitCodes.OK;
      } catch (IllegalTransitionException ex) {
        err().println(name() + ": " + ex.getMessage());
        return ExitCodes.PROBLEMS;
      }
    }

    static Instant parseTime(String text) {
      try {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC)
            .toInstant() : Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--at '" + text + "' is not a time; use"
            + " 2026-03-02T09:00:00Z or 2026-03-02", e);
      }
    }
  }

  /** {@code marque case list}: the cases, optionally in one state. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the cases.")
  static final class ListCases extends Base {
    @Option(names = "--state", paramLabel = "STATE", description = "only cases in this state")
    CaseState state;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Override
    int run(CaseStore store) throws IOException {
      // each case goes out as its row is read (no page or list of them held), through one
      // buffer: standard output is flushed a chunk at a time, not a line at a time
      BufferedWriter text = new BufferedWriter(out(), 1 << 16);
      MarqueJson.LineWriter lines = json ? MarqueJson.standard().lineWriter(text) : null;
      LastTime openedAt = new LastTime();
      LastTime updatedAt = new LastTime();
      long[] written = {0};
      Consumer<Case> print = c -> {
        // a PrintWriter keeps a failed write to itself: ask it now and then, so a closed pipe
        // (`| head`) or a full disk stops the listing instead of reading every row to the end
        if (++written[0] % CHECK_EVERY == 0 && out().checkError()) {
          throw new OutputFailed();
        }
        try {
          if (lines != null) {
            lines.write(model(c, openedAt, updatedAt));
          } else {
            text.append(Long.toString(c.id())).append('\t').append(c.state().name())
                .append('\t').append(c.marketplace().name()).append('\t')
                .append(c.listingId()).append('\t').append(c.route()).append('\t')
                .append(c.noticeId().orElse("-")).append('\n');
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      long count;
      try {
        count = state == null ? store.forEach(print) : store.forEach(state, print);
        if (lines != null) {
          lines.close();
        }
        text.flush();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (OutputFailed e) {
        count = -1;
      }
      if (count < 0 || out().checkError()) {
        err().println(name() + ": standard output failed or was closed after at most "
            + written[0] + " cases; the listing is incomplete");
        return ExitCodes.PROBLEMS;
      }
      if (!json) {
        err().println(count + " cases");
      }
      return ExitCodes.OK;
    }

    /** How many cases are written between two checks that standard output still takes them. */
    static final int CHECK_EVERY = 1024;

    /** Standard output refused what was written: the listing stops. */
    private static final class OutputFailed extends RuntimeException {
      private static final long serialVersionUID = 1L;

      OutputFailed() {
        super(null, null, false, false);
      }
    }
  }

  /** A time as ISO-8601 text, the last one remembered: formatting a time is not cheap. */
  static final class LastTime implements Function<Instant, String> {
    private Instant last;
    private String text;

    @Override
    public String apply(Instant t) {
      if (!t.equals(last)) {
        last = t;
        text = t.toString();
      }
      return text;
    }
  }

  static Map<String, Object> model(Case c) {
    return model(c, Instant::toString, Instant::toString);
  }

  /**
   * A case as the JSON object {@code case list --json} prints, its times written by the given
   * functions (a listing remembers the last time it wrote: cases opened together share it).
   */
  static Map<String, Object> model(Case c, Function<Instant, String> opened,
      Function<Instant, String> updated) {
    Map<String, Object> m = new LinkedHashMap<>(32);
    m.put("id", c.id());
    m.put("state", c.state().name());
    m.put("marketplace", c.marketplace().name());
    m.put("listingId", c.listingId());
    c.listingUrl().ifPresent(u -> m.put("url", u));
    c.sellerId().ifPresent(s -> m.put("seller", s));
    c.brand().ifPresent(b -> m.put("brand", b));
    m.put("right", c.right());
    m.put("route", c.route());
    c.noticeId().ifPresent(n -> m.put("notice", n));
    c.noticeSha256().ifPresent(n -> m.put("noticeSha256", n));
    m.put("openedAt", opened.apply(c.openedAt()));
    m.put("updatedAt", updated.apply(c.updatedAt()));
    return m;
  }

  /** {@code marque case show}: one case with its events. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a case and its events.")
  static final class Show extends Base {
    @Parameters(paramLabel = "ID", description = "the case")
    long id;

    @Override
    int run(CaseStore store) {
      Case c = store.find(id).orElseThrow(() -> new IllegalArgumentException("there is no case "
          + id + " in " + store.location()));
      model(c).forEach((k, v) -> out().println(k + ": " + v));
      out().println("events:");
      for (CaseEvent e : store.events(id)) {
        out().println("  " + e.seq() + ". " + e.at() + "  " + e.type() + "  by " + e.actor()
            + e.note().map(n -> "  — " + n).orElse("")
            + (e.evidence().isEmpty() ? "" : "  evidence " + String.join(", ", e.evidence())));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code marque case due}: the open deadlines. */
  @Command(name = "due", mixinStandardHelpOptions = true,
      description = "List open deadlines (DMCA 512(g), PRC Art. 43, the platforms' windows),"
          + " soonest first.")
  static final class Due extends Base {
    @Option(names = "--windows", paramLabel = "FILE.tsv",
        description = "more deadline windows, in the form of the shipped deadline-windows.tsv")
    Path windows;

    @Override
    int run(CaseStore store) throws IOException {
      List<Deadline> open = Deadlines.of(store, rules(windows)).open();
      for (Deadline d : open) {
        out().println("case " + d.caseId() + "\t" + d.rule().id() + "\tfrom " + d.opens()
            + "\tdue " + d.due() + "\t" + d.rule().description());
        if (!d.rule().calendar().covers(d.due())) {
          out().println("\t(calendar " + d.rule().calendar().name() + " lists no holidays for "
              + d.due().getYear() + ": only weekends were left out, so the real day may be"
              + " later)");
        }
      }
      err().println(open.size() + " open deadlines");
      return ExitCodes.OK;
    }
  }

  /** The shipped deadline windows, plus a user's file of them. */
  static List<DeadlineRule> rules(Path windows) throws IOException {
    List<DeadlineRule> rules = new ArrayList<>(DeadlineRule.standard());
    if (windows != null) {
      rules.addAll(DeadlineRule.read(windows));
    }
    return rules;
  }

  /** {@code marque case recheck}: fetches reported listings again. */
  @Command(name = "recheck", mixinStandardHelpOptions = true,
      description = "Fetch each submitted listing again; record REMOVED, with evidence, when gone.")
  static final class Recheck extends Base {
    @Option(names = "--evidence", paramLabel = "DIR", defaultValue = "evidence",
        description = "where fetched pages are kept (default: ${DEFAULT-VALUE})")
    Path evidence;

    @Override
    int run(CaseStore store) throws IOException {
      try (Fetcher fetcher = Fetcher.create(FetchConfig.defaults())) {
        RecheckReport r = Rechecker.of(store, fetcher, EvidenceStore.open(evidence))
            .run(actor());
        r.removed().forEach(s -> out().println("removed  " + s));
        r.stillListed().forEach(s -> out().println("listed   " + s));
        r.failed().forEach(s -> err().println(name() + ": " + s));
        r.skipped().forEach(s -> err().println(name() + ": skipped " + s));
        out().println(r.removed().size() + " removed, " + r.stillListed().size()
            + " still listed, " + r.failed().size() + " could not be checked");
        return r.failed().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
      }
    }
  }

  /** {@code marque case report}: the results as HTML, and JSON on request. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Write the results (takedown rates and times, counter-notices, re-listings,"
          + " deadlines) as one self-contained HTML page.")
  static final class Report extends Base {
    @Option(names = "--out", required = true, paramLabel = "FILE.html",
        description = "the HTML report")
    Path html;

    @Option(names = "--json", paramLabel = "FILE.json", description = "also write the JSON")
    Path json;

    @Option(names = "--windows", paramLabel = "FILE.tsv",
        description = "more deadline windows, in the form of the shipped deadline-windows.tsv")
    Path windows;

    @Override
    int run(CaseStore store) throws IOException {
      CaseReport r = CaseReport.of(store, rules(windows));
      Files.writeString(html, r.toHtml(), StandardCharsets.UTF_8);
      if (json != null) {
        Files.writeString(json, r.toJson() + "\n", StandardCharsets.UTF_8);
      }
      out().println("report: " + html + (json == null ? "" : ", " + json) + " ("
          + r.groups().size() + " marketplace/route groups, " + r.openDeadlines().size()
          + " open deadlines)");
      return ExitCodes.OK;
    }
  }

  /** {@code marque case settle}: a person's answer for a send left SENT_UNKNOWN. */
  @Command(name = "settle", mixinStandardHelpOptions = true,
      description = {"Settle a notice left SENT_UNKNOWN (the dispatcher stopped between sending"
          + " and recording): say whether it arrived, and how you know.",
          "Without ENTRY: list the entries awaiting settlement."})
  static final class Settle extends Base {
    @Parameters(paramLabel = "ENTRY", arity = "0..1",
        description = "the outbox entry (see marque case settle with no arguments)")
    Long entry;

    @Option(names = "--sent", description = "it arrived: mark it sent, its cases SUBMITTED")
    boolean sent;

    @Option(names = "--not-sent",
        description = "it did not arrive: the next marque case send sends it again")
    boolean notSent;

    @Option(names = "--note", paramLabel = "TEXT",
        description = "how you know (required), such as the platform's ticket number")
    String note;

    @Override
    int run(CaseStore store) {
      Outbox outbox = Outbox.of(store);
      if (entry == null) {
        if (sent || notSent || note != null) {
          throw new IllegalArgumentException("give the ENTRY to settle");
        }
        List<OutboxEntry> unknown = outbox.entries(OutboxStatus.SENT_UNKNOWN);
        for (OutboxEntry e : unknown) {
          out().println(e.id() + "\t" + e.noticeId() + "\t" + e.recipient().orElse("-") + "\t"
              + e.lastError().orElse(""));
        }
        err().println(unknown.size() + " entries awaiting settlement (SENT_UNKNOWN)");
        return ExitCodes.OK;
      }
      if (sent == notSent) {
        throw new IllegalArgumentException("give --sent or --not-sent: ask the recipient first;"
            + " a wrong answer sends the notice twice or never");
      }
      if (note == null || note.isBlank()) {
        throw new IllegalArgumentException("give --note: how you know whether it arrived");
      }
      OutboxEntry after;
      try {
        after = outbox.settle(entry, sent, actor(), note);
      } catch (CaseStoreException e) { // no such entry, or not SENT_UNKNOWN: this item refused
        err().println(name() + ": " + e.getMessage());
        return ExitCodes.PROBLEMS;
      }
      out().println("outbox entry " + after.id() + " (" + after.noticeId() + ") is "
          + after.status() + (sent ? "" : "; the next marque case send sends it again"));
      return ExitCodes.OK;
    }
  }
}
