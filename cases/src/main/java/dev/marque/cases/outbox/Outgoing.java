package dev.marque.cases.outbox;

/**
 * A notice on its way to a recipient, as a channel sees it.
 *
 * @param noticeId the notice
 * @param noticeSha256 the SHA-256 of its approved content
 * @param route its route
 * @param subject the subject line
 * @param body the text
 * @param recipient where it goes
 * @param idempotencyKey the key per notice and recipient; receivers can drop a duplicate by it
 */
public record Outgoing(String noticeId, String noticeSha256, String route, String subject,
    String body, Recipient recipient, String idempotencyKey) {}
