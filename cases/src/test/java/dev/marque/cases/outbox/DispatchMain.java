package dev.marque.cases.outbox;

import dev.marque.cases.CaseStore;
import java.nio.file.Path;
import java.time.Duration;

/** A dispatcher in a process of its own, for the test that kills it: DB SMTP-URL RECIPIENTS. */
public final class DispatchMain {
  private DispatchMain() {}

  /**
   * Sends everything due, slowly enough to be killed in the middle.
   *
   * @param args the store, the SMTP URL and the recipients file
   */
  public static void main(String[] args) throws Exception {
    try (CaseStore store = CaseStore.open(args[0])) {
      Recipients recipients = Recipients.read(Path.of(args[2]));
      EmailChannel mail = EmailChannel.of(args[1], recipients.from().orElseThrow());
      Channel slow = new Channel() {
        @Override
        public ChannelKind kind() {
          return ChannelKind.EMAIL;
        }

        @Override
        public String send(Outgoing outgoing) throws SendException {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return mail.send(outgoing);
        }
      };
      DispatchReport r = Dispatcher.builder(store, recipients).channel(slow)
          .lease(Duration.ofSeconds(2)).owner("child").build().run(10_000);
      System.out.println("sent " + r.sent().size() + " unknown " + r.unknown().size());
    }
  }
}
