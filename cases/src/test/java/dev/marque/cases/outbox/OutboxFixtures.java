package dev.marque.cases.outbox;

import dev.marque.cases.CaseStore;
import dev.marque.cases.NewCase;
import dev.marque.cases.StoredNotice;
import dev.marque.core.Marketplace;
import java.util.ArrayList;
import java.util.List;

/** Cases with approved notices, ready for the dispatcher. */
final class OutboxFixtures {
  static final String RIGHT = "TRADEMARK AURELIA (EUIPO 018123456)";

  private OutboxFixtures() {}

  /** Opens one case per notice on a marketplace by a route and approves them all. */
  static List<String> approvedNotices(CaseStore store, Marketplace m, String route, int n) {
    List<NewCase> cases = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String id = route + "-" + m.name().toLowerCase(java.util.Locale.ROOT) + "-" + i;
      ids.add(id);
      cases.add(NewCase.builder(m, "L" + i, RIGHT, route)
          .notice(new StoredNotice(id, route, m, "Notice " + id,
              "Please remove listing L" + i + ".\n"))
          .build());
    }
    List<Long> caseIds = store.openCases(cases).stream().map(o -> o.theCase().id()).toList();
    store.approve(caseIds, "alice");
    return ids;
  }
}
