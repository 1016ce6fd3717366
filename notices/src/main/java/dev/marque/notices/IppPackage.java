package dev.marque.notices;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Portfolio;
import dev.marque.core.json.MarqueJson;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Ownership;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The submission package for an Alibaba IP Protection (IPP) complaint: what IPP asks for, as a
 * checklist; a {@code manifest.json} listing each attachment with its file and SHA-256, or
 * {@code MISSING}; per link its URL, right, reason and evidence; and the documents marque can
 * draft for signature — the authorisation letter (for an agent) and, for an unregistered
 * copyright, the Copyright Claim Statement and a witness statement for the author.
 *
 * <pre>{@code
 * IppPackage pkg = IppPackage.of(notice, portfolio, Path.of("samples/data"));
 * pkg.missing();                       // what is still to be gathered, by name
 * pkg.writeTo(Path.of("notices/alibaba-ipp-001.ipp"));
 * pkg.writeZip(Path.of("notices/alibaba-ipp-001.ipp.zip"));   // the same files, one zip
 * pkg.letterProblems();                // what the authorisation letter still lacks
 * }</pre>
 */
public final class IppPackage {

  /** The SHA-256 a manifest gives an attachment that is not there, or not as recorded. */
  public static final String MISSING = Attachment.MISSING;

  private final Notice notice;
  private final List<Attachment> attachments;
  private final Map<String, String> drafted;
  private final List<String> letterProblems;

  private IppPackage(Notice notice, List<Attachment> attachments, Map<String, String> drafted,
      List<String> letterProblems) {
    this.notice = notice;
    this.attachments = List.copyOf(attachments);
    this.drafted = Map.copyOf(drafted);
    this.letterProblems = List.copyOf(letterProblems);
  }

  /**
   * Assembles the package for an IPP notice: checks each file of the right's evidence bundle
   * against its SHA-256 and drafts the documents to sign.
   *
   * @param notice a notice drafted on {@code Routes.ALIBABA_IPP}
   * @param portfolio the portfolio it was drafted from
   * @param base the directory the evidence bundle's relative paths are resolved against
   * @return the package
   * @throws IllegalArgumentException when the notice relies on no right
   */
  public static IppPackage of(Notice notice, Portfolio portfolio, Path base) {
    notNull(notice, "notice");
    notNull(portfolio, "portfolio");
    notNull(base, "base");
    IpRight right = notice.right().orElseThrow(() -> new IllegalArgumentException(
        "notice " + notice.id() + " relies on no right"));
    List<Attachment> out = new ArrayList<>();
    Map<String, String> drafted = new LinkedHashMap<>();
    out.add(new Attachment("business-registration", "the complainant's business registration"
        + " certificate, in the complainant's exact name (" + notice.principal().name() + ")",
        Optional.empty(), MISSING, true, "marque does not hold it: attach the certificate, and"
            + " use an IPP account verified in that exact name"));
    // the bundle and the evidence, as every route lists them; the letter is drafted here
    NoticeAttachments.of(notice, base, base).attachments().stream()
        .filter(a -> !a.name().equals("authorisation-letter")).forEach(out::add);
    boolean unregisteredWork = right instanceof Copyright c && !c.hasRegistration();
    if (unregisteredWork) {
      Copyright c = (Copyright) right;
      drafted.put("copyright-claim-statement.txt", claimStatement(c, notice));
      drafted.put("witness-statement.txt", WitnessStatements.draft(c, portfolio));
    }
    List<String> letterProblems = List.of();
    if (notice.senderIsAgent()) {
      drafted.put("authorisation-letter.txt", authorisationLetter(notice, portfolio));
      letterProblems = letterProblems(notice);
    }
    String letterCheck = letterProblems.isEmpty() ? "" : "; the letter is INCOMPLETE: "
        + String.join("; ", letterProblems);
    for (Map.Entry<String, String> d : drafted.entrySet()) {
      out.add(new Attachment(d.getKey().replace(".txt", ""), switch (d.getKey()) {
        case "authorisation-letter.txt" -> "the holder's authorisation of the agent";
        case "copyright-claim-statement.txt" -> "the Copyright Claim Statement for a work"
            + " without a registration";
        default -> "the author's account of creating the work";
      }, Optional.of(d.getKey()), sha256(d.getValue()), true, "drafted by marque: copy it onto IPP's"
          + " form where IPP has one, then sign" + (d.getKey().startsWith("witness")
              ? " (the author)" : " and seal (盖章)")
          + (d.getKey().equals("authorisation-letter.txt") ? letterCheck : "")));
    }
    return new IppPackage(notice, out, drafted, letterProblems);
  }

  /**
   * {@return what the authorisation letter lacks of what an authorisation form asks: the
   * principal's and the agent's full names, the rights covered with their numbers, the platforms,
   * a period of validity with both ends that covers the notice date, and a reference; empty when
   * it has them all, or when the holder files itself and needs no letter}
   */
  public List<String> letterProblems() {
    return letterProblems;
  }

  /** The letter's fields checked against what an authorisation form asks for. */
  private static List<String> letterProblems(Notice n) {
    List<String> out = new ArrayList<>();
    if (n.right().flatMap(IpRight::registrationNumber).isEmpty()) {
      out.add("the right covered has no registration number");
    }
    if (n.authorization().isEmpty()) {
      out.add("no authorisation is recorded for the agent (agent.authorization in the"
          + " portfolio): reference and period of validity are blank");
      return out;
    }
    var a = n.authorization().get();
    if (a.validUntil().isEmpty()) {
      out.add("the period of validity has no end date (agent.authorization.validUntil): an"
          + " authorisation form asks for both ends");
    }
    if (n.date().isBefore(a.validFrom())
        || a.validUntil().filter(u -> n.date().isAfter(u)).isPresent()) {
      out.add("the period of validity (" + a.validFrom() + a.validUntil().map(u -> " to " + u)
          .orElse(" onwards") + ") does not cover the complaint's date " + n.date());
    }
    if (n.principal().address().isEmpty()) {
      out.add("the rights holder's address is not recorded (holder.address)");
    }
    if (n.sender().address().isEmpty()) {
      out.add("the agent's address is not recorded (agent.address)");
    }
    return out;
  }

  /** {@return every attachment, in the order the checklist gives them} */
  public List<Attachment> attachments() {
    return attachments;
  }

  /** {@return the attachments still missing, by name} */
  public List<String> missing() {
    return attachments.stream().filter(Attachment::isMissing).map(Attachment::name).toList();
  }

  /**
   * Writes {@code manifest.json}, {@code checklist.txt} and the drafted documents into the
   * directory, creating it.
   *
   * @param dir the package's directory
   * @throws IOException when it cannot be written
   */
  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(notNull(dir, "dir"));
    for (Map.Entry<String, String> f : files().entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Writes the same files as {@link #writeTo(Path)} into one zip file, to upload or archive as
   * it is: the entries in the order of their names, each dated the complaint's date at midnight
   * and nothing else varying, so the same package gives the same bytes (and SHA-256) every time.
   *
   * @param zip the zip file to write, replaced if it exists
   * @throws IOException when it cannot be written
   */
  public void writeZip(Path zip) throws IOException {
    notNull(zip, "zip");
    Path parent = zip.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    java.time.LocalDateTime dated = notice.date().atStartOfDay();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
        Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
      out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
      for (Map.Entry<String, String> f : files().entrySet()) {
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(f.getKey());
        e.setTimeLocal(dated); // a DOS time only: no extended time fields, no time zone
        out.putNextEntry(e);
        out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
  }

  /** The package's files by name, in name order. */
  private java.util.SortedMap<String, String> files() {
    java.util.SortedMap<String, String> files = new java.util.TreeMap<>(drafted);
    files.put("manifest.json", MarqueJson.standard().writePretty(manifest()) + "\n");
    files.put("checklist.txt", checklist());
    return files;
  }

  /** {@return the manifest, as {@code manifest.json} holds it} */
  public Map<String, Object> manifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("notice", notice.id());
    m.put("complainant", notice.principal().name());
    IpRight right = notice.right().orElseThrow();
    m.put("right", right.kind().name() + " " + right.subject()
        + right.registrationNumber().map(n -> " (" + n + ")").orElse(""));
    m.put("attachments", attachments.stream().map(NoticeAttachments::entry).toList());
    List<Object> links = new ArrayList<>();
    for (Item i : notice.items()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("url", i.url().orElse(MISSING));
      l.put("listingId", i.listingId());
      l.put("right", right.subject());
      l.put("reasons", i.reasons().stream().map(r -> r.message()).toList());
      l.put("evidence", i.evidence().stream().map(Object::toString).toList());
      links.add(l);
    }
    m.put("links", links);
    m.put("missing", missing());
    if (notice.senderIsAgent()) {
      m.put("authorisationLetterCheck", letterProblems);
    }
    return m;
  }

  private String checklist() {
    StringBuilder b = new StringBuilder("Alibaba IPP submission checklist for ")
        .append(notice.id()).append("\n\n");
    b.append("[ ] A verified IPP account in the complainant's exact name: ")
        .append(notice.principal().name()).append('\n');
    for (Attachment a : attachments) {
      // a document marque drafted is not done until it is signed: it stays unticked
      boolean toSign = a.file().map(drafted::containsKey).orElse(false);
      b.append(a.isMissing() || toSign ? "[ ] " : "[x] ").append(a.proves()).append(": ")
          .append(a.file().orElse("no file")).append(a.isMissing() ? " - MISSING: " : " - ")
          .append(a.note()).append('\n');
    }
    b.append("[x] Per link: URL, right, reason and evidence (manifest.json, links: ")
        .append(notice.items().size()).append(")\n");
    return b.toString();
  }

  private static String authorisationLetter(Notice n, Portfolio portfolio) {
    String signer = portfolio.holder().signatory().map(sg -> sg.name() + ", " + sg.capacity())
        .orElse("____________________");
    String right = n.right().map(r -> r.subject() + r.registrationNumber().map(x -> " (" + x
        + ")").orElse("")).orElse("");
    return "LETTER OF AUTHORISATION / 授权委托书\n\n"
        + n.principal().name() + n.principal().address().map(ad -> " (" + oneLine(ad) + ")")
            .orElse("") + ", the rights holder, authorises " + n.sender().name()
        + n.sender().address().map(ad -> " (" + oneLine(ad) + ")").orElse("")
        + " to file and pursue, in its name, complaints of infringement of " + right
        + " on the Alibaba IP Protection platform (Taobao, Tmall, 1688, Alibaba.com,"
        + " AliExpress), and to receive and answer the platform's correspondence about them.\n"
        + n.authorization().map(a -> "Reference: " + a.reference() + "; valid from "
            + a.validFrom() + a.validUntil().map(u -> " until " + u).orElse("") + ".\n")
            .orElse("Reference and period of validity: to be completed.\n")
        + "\nFor " + n.principal().name() + ":\n\nSignature: ____________________\n"
        + "Name and capacity: " + signer + "\nDate: ____________________\n"
        + "Company seal (盖章):\n";
  }

  private static String oneLine(String address) {
    return address.lines().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.joining(", "));
  }

  private static String claimStatement(Copyright c, Notice n) {
    String chain = c.ownership().map(Ownership::chainOfTitle).orElse(List.of()).stream()
        .map(s -> s.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
            + s.party() + s.date().map(d -> " (" + d + ")").orElse("")
            + s.document().map(d -> ", " + d).orElse(""))
        .collect(Collectors.joining("\n  "));
    return "COPYRIGHT CLAIM STATEMENT / 著作权权属声明\n\n"
        + "Work: " + c.work() + "\n"
        + "Author: " + c.author().orElse("[to be completed]") + "\n"
        + "Created: " + c.created().map(Object::toString).orElse("[to be completed]") + "\n"
        + "Registered: no (no registration is required for copyright to subsist)\n"
        + "Owner: " + n.principal().name() + "\n"
        + "Chain of title:\n  " + (chain.isEmpty() ? "[none recorded]" : chain) + "\n"
        + "Proof attached:\n" + c.proof().stream().map(p -> "  " + p.kind() + ": "
            + p.file().path() + " (SHA-256 " + p.file().sha256() + ")")
            .collect(Collectors.joining("\n")) + "\n\n"
        + n.principal().name() + " declares that it owns the copyright in the work described,"
        + " and that the information and documents above are true and complete.\n\n"
        + "Signature: ____________________\nName and capacity: ____________________\n"
        + "Date: ____________________\nCompany seal (盖章):\n";
  }

  private static String sha256(String text) {
    try {
      java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
