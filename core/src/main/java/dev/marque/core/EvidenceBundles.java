package dev.marque.core;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Ownership;
import dev.marque.core.rights.Proof;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a portfolio's evidence bundles — the files that prove each right — as {@code marque
 * validate} does: every file exists and is the one recorded (size and SHA-256), an unregistered
 * copyright is proved by files rather than by words, and each step of a chain of title has its
 * document.
 *
 * <pre>{@code
 * List<String> problems = EvidenceBundles.verify(portfolio, Path.of("samples/data"));
 * problems.forEach(System.out::println);   // "brands[0].rights[6].proof[1].file: ... changed"
 * }</pre>
 */
public final class EvidenceBundles {
  private EvidenceBundles() {}

  /** The proof that establishes authorship and date of an unregistered work. */
  private static final Set<Proof.Kind> AUTHORSHIP = EnumSet.of(Proof.Kind.ORIGINAL_FILES,
      Proof.Kind.DATED_DRAFT, Proof.Kind.WITNESS_STATEMENT, Proof.Kind.STATUTORY_DECLARATION);

  /**
   * Every problem with the portfolio's evidence bundles, each as {@code json.path: what is wrong,
   * and what would put it right}; empty when every bundle is sound.
   *
   * @param portfolio the portfolio
   * @param base the directory the files' relative paths are resolved against (the portfolio's)
   * @return the problems, in portfolio order
   */
  public static List<String> verify(Portfolio portfolio, Path base) {
    notNull(portfolio, "portfolio");
    notNull(base, "base");
    List<String> problems = new ArrayList<>();
    for (int b = 0; b < portfolio.brands().size(); b++) {
      List<IpRight> rights = portfolio.brands().get(b).rights();
      for (int r = 0; r < rights.size(); r++) {
        String at = "brands[" + b + "].rights[" + r + "]";
        IpRight right = rights.get(r);
        for (int i = 0; i < right.proof().size(); i++) {
          String path = at + ".proof[" + i + "].file";
          right.proof().get(i).file().verify(base).ifPresent(p -> problems.add(path + ": " + p));
        }
        if (right instanceof Copyright c) {
          problems.addAll(copyright(c, at));
        }
      }
    }
    return problems;
  }

  private static List<String> copyright(Copyright c, String at) {
    List<String> problems = new ArrayList<>();
    Set<Proof.Kind> kinds = EnumSet.noneOf(Proof.Kind.class);
    c.proof().forEach(p -> kinds.add(p.kind()));
    if (!c.hasRegistration() && kinds.stream().noneMatch(AUTHORSHIP::contains)) {
      problems.add(at + ".proof: the unregistered copyright " + c.work() + " is proved by no"
          + " file" + (c.evidence().isEmpty() ? "" : " (its evidence " + c.evidence()
              + " names files but records none of them)")
          + ": add proof files of kind ORIGINAL_FILES, DATED_DRAFT, WITNESS_STATEMENT or"
          + " STATUTORY_DECLARATION, each with its sha256 (with no register, as in the UK,"
          + " these are what proves authorship and date)");
    }
    List<Ownership.Step> chain = c.ownership().map(Ownership::chainOfTitle).orElse(List.of());
    for (Ownership.Step step : chain) {
      Proof.Kind needed = switch (step.basis()) {
        case ASSIGNMENT -> Proof.Kind.ASSIGNMENT;
        case EXCLUSIVE_LICENCE -> Proof.Kind.EXCLUSIVE_LICENCE;
        case EMPLOYER -> Proof.Kind.EMPLOYMENT_CONTRACT;
        case AUTHOR, REGISTERED_PROPRIETOR -> null;
      };
      if (needed != null && !kinds.contains(needed)
          && !(needed == Proof.Kind.EMPLOYMENT_CONTRACT
              && kinds.contains(Proof.Kind.COMMISSION_CONTRACT))) {
        problems.add(at + ".proof: the chain of title of " + c.work() + " passes to "
            + step.party() + " by " + step.basis().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ", and no proof file of kind " + needed + " shows it:"
            + " add the signed document with its sha256");
      }
    }
    return problems;
  }
}
