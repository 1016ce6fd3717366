package dev.marque.cases.outbox;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Sends notices as plain-text e-mail over SMTP (Eclipse Angus Mail). The Message-ID is the
 * idempotency key, so a mail system that sees the same notice twice can tell.
 *
 * <p>What a failure means: a refused connection or a 4xx reply is TRANSIENT (nothing was
 * accepted; SMTP accepts a message only with the reply to its final dot); a 5xx reply is
 * PERMANENT, with the server's words; a connection dropped during the conversation, or a server
 * that hangs up instead of answering, is UNKNOWN, because the message may have been accepted
 * just before.
 */
public final class EmailChannel implements Channel {
  private final String host;
  private final int port;
  private final boolean tls;
  private final String user;
  private final String password;
  private final String from;
  private final Session session;

  private EmailChannel(String host, int port, boolean tls, String user, String password,
      String from) {
    this.host = host;
    this.port = port;
    this.tls = tls;
    this.user = user;
    this.password = password;
    this.from = from;
    Properties p = new Properties();
    String proto = tls ? "smtps" : "smtp";
    p.put("mail.transport.protocol", proto);
    p.put("mail." + proto + ".host", host);
    p.put("mail." + proto + ".port", String.valueOf(port));
    p.put("mail." + proto + ".connectiontimeout", "10000");
    p.put("mail." + proto + ".timeout", "30000");
    p.put("mail." + proto + ".writetimeout", "30000");
    if (user != null) {
      p.put("mail." + proto + ".auth", "true");
    }
    this.session = Session.getInstance(p);
  }

  /**
   * A channel to the SMTP server of a URL.
   *
   * @param smtpUrl {@code smtp://[user[:password]@]host[:port]} (port 25 by default) or
   *     {@code smtps://...} (TLS, port 465 by default)
   * @param from the sender's address
   * @return the channel
   * @throws IllegalArgumentException when the URL or the address is not usable
   */
  public static EmailChannel of(String smtpUrl, String from) {
    Objects.requireNonNull(smtpUrl, "smtpUrl must not be null");
    Objects.requireNonNull(from, "from must not be null");
    URI u;
    try {
      u = URI.create(smtpUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--smtp '" + smtpUrl + "' is not a URL: "
          + e.getMessage(), e);
    }
    boolean tls = "smtps".equals(u.getScheme());
    if (!tls && !"smtp".equals(u.getScheme()) || u.getHost() == null) {
      throw new IllegalArgumentException("--smtp '" + smtpUrl + "': expected"
          + " smtp://[user:password@]host[:port] or smtps://...");
    }
    String user = null;
    String password = null;
    if (u.getRawUserInfo() != null) {
      String[] parts = u.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
    }
    try {
      new InternetAddress(from, true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("'" + from + "' is not an e-mail address", e);
    }
    int port = u.getPort() > 0 ? u.getPort() : tls ? 465 : 25;
    return new EmailChannel(u.getHost(), port, tls, user, password, from);
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.EMAIL;
  }

  @Override
  public String send(Outgoing outgoing) throws SendException {
    String messageId = "<" + outgoing.idempotencyKey() + "@marque>";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    Transport transport = null;
    try {
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO,
          new InternetAddress(outgoing.recipient().address()));
      message.setSubject(outgoing.subject(), "UTF-8");
      message.setText(outgoing.body(), "UTF-8");
      message.setHeader("X-Marque-Notice", outgoing.noticeId());
      message.saveChanges();
      transport = session.getTransport(tls ? "smtps" : "smtp");
      try {
        transport.connect(host, port, user, password);
      } catch (MailConnectException e) {
        throw new SendException(SendException.Kind.TRANSIENT, "cannot connect to " + host + ":"
            + port + ": " + e.getMessage(), "", e);
      } catch (MessagingException e) {
        throw new SendException(SendException.Kind.PERMANENT, "the SMTP server " + host + ":"
            + port + " refused the session: " + e.getMessage(), lastAnswer(transport), e);
      }
      transport.sendMessage(message, message.getAllRecipients());
      return lastAnswer(transport);
    } catch (SMTPSendFailedException e) {
      String answer = e.getMessage() == null ? "" : e.getMessage().strip();
      if (e.getReturnCode() < 400) {
        // no reply at all (Angus reports -1 and "[EOF]"): the server hung up, perhaps after
        // taking the message's final dot, so sending again could deliver it twice
        throw new SendException(SendException.Kind.UNKNOWN, "the SMTP server " + host + ":"
            + port + " hung up without answering; the message may have been accepted", answer,
            e);
      }
      boolean permanent = e.getReturnCode() >= 500;
      throw new SendException(permanent ? SendException.Kind.PERMANENT
          : SendException.Kind.TRANSIENT, "the SMTP server answered " + e.getReturnCode(),
          answer, e);
    } catch (SendFailedException e) {
      throw new SendException(SendException.Kind.PERMANENT, "the SMTP server refused the"
          + " recipient " + outgoing.recipient().address(), String.valueOf(e.getMessage()), e);
    } catch (MessagingException e) {
      throw new SendException(SendException.Kind.UNKNOWN, "the SMTP conversation with " + host
          + ":" + port + " broke off: " + e.getMessage() + "; the message may have been"
          + " accepted", lastAnswer(transport), e);
    } finally {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException ignored) {
          // the message is sent or the failure recorded; QUIT failing changes neither
        }
      }
    }
  }

  private static String lastAnswer(Transport t) {
    if (t instanceof SMTPTransport s && s.getLastServerResponse() != null) {
      return s.getLastServerResponse().strip();
    }
    return "";
  }
}
