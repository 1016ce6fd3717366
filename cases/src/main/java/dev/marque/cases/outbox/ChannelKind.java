package dev.marque.cases.outbox;

/** How a notice reaches a platform. */
public enum ChannelKind {
  /** An e-mail over SMTP. */
  EMAIL,
  /** An HTTP POST to a webhook or API. */
  WEBHOOK,
  /** A packet a person files in the platform's web form, then records as SUBMITTED. */
  MANUAL
}
