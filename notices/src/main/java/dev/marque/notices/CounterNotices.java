package dev.marque.notices;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.notices.draft.Contact;
import dev.marque.notices.draft.CounterNotice;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.internal.Validator;
import dev.marque.notices.law.Routes;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Drafts the seller's side: a DMCA counter-notification under 17 U.S.C. § 512(g)(3), checked
 * element by element like any notice, and rendered by {@link NoticeRenderer}.
 *
 * <pre>{@code
 * Notice counter = CounterNotices.draft(request);
 * counter.problems();   // e.g. dmca-counter: subscriber-phone is missing ...
 * String text = NoticeRenderer.standard().render(counter, Format.TEXT);
 * }</pre>
 */
public final class CounterNotices {
  private CounterNotices() {}

  /**
   * {@return the counter-notice for the request, with every missing element listed}
   *
   * @param request the counter-notice's facts
   */
  public static Notice draft(CounterNotice request) {
    notNull(request, "request");
    List<CounterNotice.Removed> removed = request.removed();
    List<Item> items = IntStream.range(0, removed.size()).mapToObj(i -> new Item(
        "removed-" + (i + 1), request.marketplace(), removed.get(i).location(),
        removed.get(i).description(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty())).toList();
    Contact subscriber = request.subscriber();
    Notice n = new Notice("dmca-counter-" + request.date() + "-"
        + request.marketplace().name().toLowerCase(java.util.Locale.ROOT),
        Routes.DMCA_COUNTER, request.date(), request.marketplace(), subscriber, subscriber,
        Optional.empty(), false, Contact.named(request.marketplace().displayName()),
        Optional.empty(), items, 1, 1, request.signatory().orElse(subscriber.name()),
        Optional.empty(), request.originalNotice(), List.of(), List.of());
    return n.withProblems(Validator.validate(n, Validator.Source.COUNTER_NOTICE));
  }
}
