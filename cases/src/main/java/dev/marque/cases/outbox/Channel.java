package dev.marque.cases.outbox;

/**
 * A way of delivering notices: e-mail ({@link EmailChannel}), a webhook ({@link WebhookChannel})
 * or a packet for a person ({@link ManualChannel}). Implementations must say, when they fail,
 * whether the notice may have arrived ({@link SendException.Kind#UNKNOWN}).
 */
public interface Channel {
  /**
   * The kind of recipient this channel serves.
   *
   * @return the kind
   */
  ChannelKind kind();

  /**
   * Delivers one notice.
   *
   * @param outgoing the notice and its recipient
   * @return the server's answer (such as an SMTP reply or an HTTP status line), for the record
   * @throws SendException when it was not, or may not have been, delivered
   */
  String send(Outgoing outgoing) throws SendException;
}
