package dev.marque.cases.outbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The outbox tests' mail fixture: a real SMTP server (GreenMail) on a free loopback port for each
 * test, and the recipients file that sends eBay VeRO notices by e-mail from our agent.
 *
 * <pre>{@code
 * @RegisterExtension final LoopbackMail mail = new LoopbackMail();
 * ... EmailChannel.of(mail.smtpUrl(), LoopbackMail.FROM) ... mail.received() ...
 * }</pre>
 */
final class LoopbackMail implements BeforeEachCallback, AfterEachCallback {
  /** The sender of the notices. */
  static final String FROM = "agent@castellreeve.example";
  /** The recipient of eBay VeRO notices. */
  static final String VERO = "vero@ebay.example";

  private GreenMail server;

  @Override
  public void beforeEach(ExtensionContext context) {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.stop();
  }

  /** The server's URL for {@link EmailChannel#of}. */
  String smtpUrl() {
    return "smtp://127.0.0.1:" + server.getSmtp().getPort();
  }

  /** Every message the server has received so far. */
  MimeMessage[] received() {
    return server.getReceivedMessages();
  }

  /** The recipients JSON: eBay VeRO by e-mail, then {@code extra} entries (", {...}"). */
  static String recipientsJson(String extra) {
    return "{\"from\": \"" + FROM + "\", \"recipients\": [{\"marketplace\": \"EBAY\", \"route\":"
        + " \"ebay-vero\", \"email\": \"" + VERO + "\"}" + extra + "]}";
  }

  /** The recipients, parsed. */
  static Recipients recipients(String extra) throws Exception {
    return Recipients.parse(recipientsJson(extra), "recipients.json");
  }

  /** The recipients written to {@code dir/recipients.json}, for a separate process. */
  static Path recipientsFile(Path dir) throws Exception {
    return Files.writeString(dir.resolve("recipients.json"), recipientsJson(""));
  }
}
