package dev.marque.notices;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Portfolio;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.Ownership;
import dev.marque.core.rights.Proof;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A witness statement for the author of an unregistered work, drafted from the portfolio for the
 * author to complete and sign: who created the work, when and how, where it was first published,
 * and how title passed to the holder. Where there is no register (always in the UK), this and the
 * original files are what proves authorship. Gaps are marked {@code [to be completed]}, never
 * filled in.
 *
 * <pre>{@code
 * String text = WitnessStatements.draft(laurelPrint, portfolio);
 * }</pre>
 */
public final class WitnessStatements {
  private WitnessStatements() {}

  /**
   * Drafts the statement.
   *
   * @param work the copyright work
   * @param portfolio the portfolio whose holder the chain of title ends with
   * @return the statement, as plain text ready to complete and sign
   */
  public static String draft(Copyright work, Portfolio portfolio) {
    notNull(work, "work");
    notNull(portfolio, "portfolio");
    String author = work.author().orElse("[author's full name: to be completed]");
    List<Ownership.Step> chain = work.ownership().map(Ownership::chainOfTitle)
        .orElse(List.of());
    String title = chain.isEmpty() ? "  [how title passed to " + portfolio.holder().name()
        + ": to be completed]"
        : chain.stream().map(s -> "  - " + s.basis().name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ') + ": " + s.party() + s.date().map(d -> ", " + d).orElse("")
            + s.document().map(d -> " (" + d + ")").orElse("")).collect(Collectors.joining("\n"));
    String files = work.proof().stream().filter(p -> p.kind() != Proof.Kind.WITNESS_STATEMENT)
        .map(p -> "  - " + p.kind() + ": " + p.file().path() + " (SHA-256 " + p.file().sha256()
            + ")").collect(Collectors.joining("\n"));
    return "WITNESS STATEMENT\n\n"
        + "I, " + author + ", say as follows.\n\n"
        + "1. I created the work \"" + work.work() + "\""
        + work.created().map(d -> ", completing it on " + d).orElse(", completing it on [date]")
        + ".\n"
        + "2. How I created it (tools, files, drafts): [to be completed]\n"
        + "3. Whether I created it alone, or with whom: [to be completed]\n"
        + "4. Whether I made it as an employee, in the course of my employment, or under a"
        + " commission: [to be completed]\n"
        + "5. Where and when it was first published: [to be completed]\n"
        + "6. How the copyright passed to " + portfolio.holder().name() + ":\n" + title + "\n"
        + "7. The files that show the work's creation, which I exhibit:\n"
        + (files.isEmpty() ? "  [to be listed]" : files) + "\n\n"
        + "Statement of truth: I believe that the facts stated in this witness statement are"
        + " true. I understand that proceedings for contempt of court may be brought against"
        + " anyone who makes, or causes to be made, a false statement in a document verified by"
        + " a statement of truth without an honest belief in its truth.\n\n"
        + "Signed: ____________________   Name: " + author + "\nDate: ____________________\n";
  }
}
