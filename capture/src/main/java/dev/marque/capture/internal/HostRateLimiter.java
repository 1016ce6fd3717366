package dev.marque.capture.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host at least an interval apart. Each caller reserves the next free
 * slot for its host under a lock and then sleeps outside it, so hosts do not wait for each other.
 */
public final class HostRateLimiter {
  private final long intervalNanos;
  private final Map<String, Long> nextFree = new HashMap<>();

  /** A limiter spacing requests to each host by {@code interval}. */
  public HostRateLimiter(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Waits until the host may be asked again. */
  public void acquire(String host) throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long now = System.nanoTime();
    long slot;
    synchronized (nextFree) {
      slot = Math.max(now, nextFree.getOrDefault(host, now));
      nextFree.put(host, slot + intervalNanos);
      if (nextFree.size() > 10_000) {
        // Forget hosts whose slot has passed, so a long crawl does not grow the map forever.
        nextFree.values().removeIf(t -> t < now);
      }
    }
    long wait = slot - now;
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
