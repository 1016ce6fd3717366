package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;

import dev.marque.core.Marketplace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A notice's content as it will be sent, kept with the cases it names so the outbox sends exactly
 * what was approved.
 *
 * @param id the notice's id, as {@code marque draft} names it
 * @param route the route it follows
 * @param marketplace the marketplace it goes to
 * @param subject the subject line (of an e-mail, or the title of a web-form packet)
 * @param body the text to send
 */
public record StoredNotice(String id, String route, Marketplace marketplace, String subject,
    String body) {

  /** Checks every part, naming the one that is wrong. */
  public StoredNotice {
    id = notBlank(id, "id");
    route = notBlank(route, "route");
    notNull(marketplace, "marketplace");
    subject = notBlank(subject, "subject");
    notNull(body, "body");
  }

  /**
   * The SHA-256 of the subject and body, which identifies this exact content.
   *
   * @return 64 lower-case hex digits
   */
  public String sha256() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(subject.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
