package dev.marque.notices;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.EvidenceFile;
import dev.marque.core.InfringementEvidence;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Proof;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Requirement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a notice goes out with, from the right's evidence bundle and the findings' evidence: each
 * file with its SHA-256, checked now, or {@value Attachment#MISSING}. Which ones a route
 * <em>needs</em> follows from the route: one that asks for title to be proved ({@link
 * dev.marque.notices.law.Route#needsTitleDocuments()}: China's E-Commerce Law, Alibaba IPP) needs
 * the registration certificate, or for a work without a register the proof of authorship, and
 * the documents of the chain of title; one whose elements ask for the agent's authorisation
 * letter needs it signed; every notice needs the
 * files of evidence its claims rest on (a comparison attached for a design). The rest of the
 * bundle is listed as supporting the notice.
 *
 * <pre>{@code
 * NoticeAttachments a = NoticeAttachments.of(notice, Path.of("samples/data"), evidenceDir);
 * a.missing();      // required and missing, by name: [registration-certificate]
 * a.manifest();     // what <notice>.attachments.json holds
 * }</pre>
 */
public final class NoticeAttachments {

  private static final Set<Proof.Kind> REGISTRATION = EnumSet.of(
      Proof.Kind.REGISTRATION_CERTIFICATE, Proof.Kind.OFFICE_EXTRACT);
  private static final Set<Proof.Kind> AUTHORSHIP = EnumSet.of(Proof.Kind.ORIGINAL_FILES,
      Proof.Kind.DATED_DRAFT, Proof.Kind.FIRST_PUBLICATION, Proof.Kind.WITNESS_STATEMENT,
      Proof.Kind.STATUTORY_DECLARATION);

  private final Notice notice;
  private final List<Attachment> attachments;

  private NoticeAttachments(Notice notice, List<Attachment> attachments) {
    this.notice = notice;
    this.attachments = List.copyOf(attachments);
  }

  /**
   * Lists what the notice goes out with, checking each file against its SHA-256.
   *
   * @param notice the notice
   * @param proofBase the directory the evidence bundle's relative paths are resolved against
   *     (the portfolio's)
   * @param evidenceBase the directory attached evidence of infringement is resolved against (the
   *     evidence file's)
   * @return the attachments
   */
  public static NoticeAttachments of(Notice notice, java.nio.file.Path proofBase,
      java.nio.file.Path evidenceBase) {
    notNull(notice, "notice");
    notNull(proofBase, "proofBase");
    notNull(evidenceBase, "evidenceBase");
    List<Attachment> out = new ArrayList<>();
    boolean titleNeeded = notice.route().needsTitleDocuments();
    notice.right().ifPresent(right -> out.addAll(proof(right, proofBase, titleNeeded)));
    if (notice.senderIsAgent() && notice.route().requires(Requirement.AUTHORIZATION_LETTER)) {
      out.add(new Attachment("authorisation-letter", "the holder's authorisation of the agent",
          Optional.empty(), Attachment.MISSING, true, "marque holds only its reference"
              + notice.authorization().map(a -> " (" + a.reference() + ")").orElse("")
              + ": attach the letter, signed and sealed (盖章)"));
    }
    for (Item i : notice.items()) {
      int n = 0;
      for (InfringementEvidence e : i.evidence()) {
        if (e instanceof InfringementEvidence.Attached a) {
          n++;
          out.add(file("evidence-" + i.listingId() + (n > 1 ? "-" + n : ""), "listing "
              + i.listingId() + ": " + a.shows(), a.file(), evidenceBase, true,
              "the claim against this listing rests on it"));
        }
      }
    }
    return new NoticeAttachments(notice, out);
  }

  /**
   * The files of the right's bundle, and what is missing from it where the route needs title
   * proved: a registered right's certificate, an unregistered work's proof of authorship.
   */
  static List<Attachment> proof(IpRight right, java.nio.file.Path base, boolean titleNeeded) {
    List<Attachment> out = new ArrayList<>();
    List<Proof> proof = right.proof();
    boolean unregisteredWork = right instanceof Copyright c && !c.hasRegistration();
    if (titleNeeded && !unregisteredWork
        && proof.stream().noneMatch(p -> REGISTRATION.contains(p.kind()))) {
      out.add(new Attachment("registration-certificate", "the certificate of "
          + right.registrationNumber().orElse(right.subject()) + ", with its renewals and"
          + " recorded transfers", Optional.empty(), Attachment.MISSING, true, "add it to the"
              + " right's proof in the portfolio (kind REGISTRATION_CERTIFICATE), with its"
              + " sha256"));
    }
    if (titleNeeded && unregisteredWork
        && proof.stream().noneMatch(p -> AUTHORSHIP.contains(p.kind()))) {
      out.add(new Attachment("proof-of-authorship", "who created " + right.subject()
          + " and when: the original files, dated drafts, proof of first publication or the"
          + " author's witness statement", Optional.empty(), Attachment.MISSING, true,
          "add them to the right's proof in the portfolio, with their sha256"));
    }
    for (Proof p : proof) {
      out.add(file(p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          p.kind().name() + " for " + right.subject(), p.file(), base, titleNeeded,
          "checked against the SHA-256 recorded in the portfolio"));
    }
    return out;
  }

  private static Attachment file(String name, String proves, EvidenceFile f,
      java.nio.file.Path base, boolean required, String checked) {
    Optional<String> problem = f.verify(base);
    return new Attachment(name, proves, Optional.of(f.path()),
        problem.isPresent() ? Attachment.MISSING : f.sha256(), required,
        problem.orElse(checked));
  }

  /** {@return every attachment: the right's bundle, the authorisation, the evidence} */
  public List<Attachment> attachments() {
    return attachments;
  }

  /** {@return the attachments the route needs that are missing, by name} */
  public List<String> missing() {
    return attachments.stream().filter(a -> a.required() && a.isMissing())
        .map(Attachment::name).toList();
  }

  /** {@return the manifest, as {@code <notice>.attachments.json} holds it} */
  public Map<String, Object> manifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("notice", notice.id());
    m.put("route", notice.route().id());
    notice.right().ifPresent(r -> m.put("right", r.kind().name() + " " + r.subject()
        + r.registrationNumber().map(n -> " (" + n + ")").orElse("")));
    m.put("attachments", attachments.stream().map(NoticeAttachments::entry).toList());
    m.put("missing", missing());
    return m;
  }

  /** An attachment as a manifest lists it. */
  static Map<String, Object> entry(Attachment a) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("name", a.name());
    e.put("proves", a.proves());
    e.put("file", a.file().orElse(Attachment.MISSING));
    e.put("sha256", a.sha256());
    e.put("required", a.required());
    e.put("note", a.note());
    return e;
  }
}
