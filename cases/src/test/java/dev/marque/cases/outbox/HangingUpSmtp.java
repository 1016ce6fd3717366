package dev.marque.cases.outbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server on a loopback port that hangs up in the middle of every message: a few
 * lines into its body, or after its final dot and before the reply that would accept it.
 */
final class HangingUpSmtp implements AutoCloseable {
  /** Where in a message the server hangs up. */
  enum When {
    /** Three lines into the body: the message is incomplete. */
    IN_THE_BODY,
    /** After the final dot, before the 250 that would accept the message. */
    AFTER_THE_FINAL_DOT
  }

  private final ServerSocket socket;
  private final When when;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger messagesStarted = new AtomicInteger();

  HangingUpSmtp(When when) throws IOException {
    this.when = when;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::serve, "hanging-up-smtp");
    t.setDaemon(true);
    t.start();
  }

  /** The server's URL for {@link EmailChannel#of}. */
  String smtpUrl() {
    return "smtp://127.0.0.1:" + socket.getLocalPort();
  }

  /** How many SMTP sessions were opened. */
  int connections() {
    return connections.get();
  }

  /** How many messages got as far as DATA. */
  int messagesStarted() {
    return messagesStarted.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        connections.incrementAndGet();
        converse(s);
      } catch (IOException e) {
        // the socket closed (the test ended) or the client went away: wait for the next
      }
    }
  }

  private void converse(Socket s) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
        StandardCharsets.US_ASCII));
    Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.US_ASCII);
    reply(out, "220 loopback ESMTP");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("DATA")) {
        messagesStarted.incrementAndGet();
        reply(out, "354 end with <CRLF>.<CRLF>");
        int lines = 0;
        for (String body = in.readLine(); body != null; body = in.readLine()) {
          lines++;
          if (when == When.IN_THE_BODY && lines == 3 || body.equals(".")) {
            return; // hang up: the socket closes without a reply
          }
        }
        return;
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "250 OK"); // EHLO, MAIL FROM, RCPT TO, RSET, NOOP
      }
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
