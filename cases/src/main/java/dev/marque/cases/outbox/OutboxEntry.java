package dev.marque.cases.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * One notice in the outbox.
 *
 * @param id the outbox row's number
 * @param noticeId the notice
 * @param noticeSha256 the SHA-256 of the approved content
 * @param recipient where it was or is being sent, once a dispatcher chose
 * @param idempotencyKey the key per notice and recipient, sent along (Message-ID,
 *     {@code Idempotency-Key})
 * @param status where it stands
 * @param attempts how many times sending started
 * @param nextAttemptAt when it may be tried next
 * @param lastError the last failure, for people
 * @param serverAnswer what the server answered last
 */
public record OutboxEntry(long id, String noticeId, String noticeSha256,
    Optional<String> recipient, Optional<String> idempotencyKey, OutboxStatus status,
    int attempts, Instant nextAttemptAt, Optional<String> lastError,
    Optional<String> serverAnswer) {}
