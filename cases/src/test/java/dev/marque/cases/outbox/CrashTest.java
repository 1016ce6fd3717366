package dev.marque.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.TestDatabases;
import dev.marque.cases.TestDatabases.Kind;
import dev.marque.core.Marketplace;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exactly once, proven the hard way: a dispatcher killed mid-batch, and two at once. */
class CrashTest {
  @TempDir
  Path dir;

  @RegisterExtension
  final LoopbackMail mail = new LoopbackMail();

  static Kind[] kinds() {
    return Kind.values();
  }

  Path recipients() throws Exception {
    return LoopbackMail.recipientsFile(dir);
  }

  String smtp() {
    return mail.smtpUrl();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_dispatcher_killed_mid_batch_and_restarted_sends_each_notice_once_or_flags_it(Kind kind)
      throws Exception {
    String db = kind.fresh(dir);
    try (CaseStore store = CaseStore.open(db)) {
      OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero", 200);
    }
    Process child = start(db);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (mail.received().length < 40 && child.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(child.isAlive()).as("the dispatcher was still sending when killed").isTrue();
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
    child.waitFor(30, TimeUnit.SECONDS);
    int atKill = mail.received().length;
    assertThat(atKill).isBetween(40, 199);

    Thread.sleep(2_500); // the dead dispatcher's 2-second leases run out
    Process again = start(db);
    assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(new String(again.getInputStream().readAllBytes())).isZero();

    Map<String, Long> arrivals = Arrays.stream(mail.received())
        .map(CrashTest::noticeOf).collect(Collectors.groupingBy(Function.identity(),
            Collectors.counting()));
    try (CaseStore store = CaseStore.open(db)) {
      List<OutboxEntry> entries = Outbox.of(store).entries();
      assertThat(entries).hasSize(200);
      for (OutboxEntry e : entries) {
        long n = arrivals.getOrDefault(e.noticeId(), 0L);
        assertThat(e.status()).as(e.noticeId()).isIn(OutboxStatus.SENT,
            OutboxStatus.SENT_UNKNOWN);
        if (e.status() == OutboxStatus.SENT) {
          assertThat(n).as(e.noticeId() + " arrived once").isEqualTo(1);
        } else {
          assertThat(n).as(e.noticeId() + " arrived at most once").isLessThanOrEqualTo(1);
        }
      }
      assertThat(arrivals.values()).allMatch(n -> n == 1);
      long unknown = entries.stream().filter(e -> e.status() == OutboxStatus.SENT_UNKNOWN)
          .count();
      assertThat(unknown).as("at most the one row being sent when killed").isLessThanOrEqualTo(1);
      assertThat(store.counts().get(CaseState.SUBMITTED)).isEqualTo(200 - unknown);
    }
  }

  @Test
  void two_dispatchers_at_once_on_postgresql_never_send_the_same_notice() throws Exception {
    String db = Kind.POSTGRESQL.fresh(dir);
    Recipients r = Recipients.read(recipients());
    try (CaseStore store = CaseStore.open(db)) {
      OutboxFixtures.approvedNotices(store, Marketplace.EBAY, "ebay-vero", 200);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<DispatchReport>> runs = new ArrayList<>();
    List<CaseStore> stores = List.of(CaseStore.open(db), CaseStore.open(db));
    try {
      for (CaseStore s : stores) {
        Callable<DispatchReport> run = () -> Dispatcher.builder(s, r)
            .channel(EmailChannel.of(smtp(), LoopbackMail.FROM))
            .lease(Duration.ofMinutes(5)).build().run(10_000);
        runs.add(pool.submit(run));
      }
      int a = runs.get(0).get(120, TimeUnit.SECONDS).sent().size();
      int b = runs.get(1).get(120, TimeUnit.SECONDS).sent().size();
      assertThat(a + b).isEqualTo(200);
      assertThat(a).as("both dispatchers worked").isPositive();
      assertThat(b).as("both dispatchers worked").isPositive();
    } finally {
      pool.shutdownNow();
      stores.forEach(CaseStore::close);
    }
    assertThat(Arrays.stream(mail.received()).map(CrashTest::noticeOf).distinct())
        .hasSize(200);
    assertThat(mail.received()).hasSize(200);
    TestDatabases.postgresUrl();
  }

  private Process start(String db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        DispatchMain.class.getName(), db, smtp(), recipients().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
  }

  private static String noticeOf(MimeMessage m) {
    try {
      return m.getHeader("X-Marque-Notice", null);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
