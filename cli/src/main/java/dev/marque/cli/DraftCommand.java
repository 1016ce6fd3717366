package dev.marque.cli;

import dev.marque.core.Finding;
import dev.marque.core.InfringementEvidence;
import dev.marque.core.Portfolio;
import dev.marque.core.Verdict;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.JsonLines;
import dev.marque.core.json.MarqueJson;
import dev.marque.core.json.Problem;
import dev.marque.notices.Attachment;
import dev.marque.notices.IppPackage;
import dev.marque.notices.NoticeAttachments;
import dev.marque.notices.NoticeDrafter;
import dev.marque.notices.NoticeRenderer;
import dev.marque.notices.draft.DraftProblem;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.draft.SellerRole;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import dev.marque.notices.template.TemplateException;
import dev.marque.notices.template.TemplateSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marque draft}: drafts the notices a route requires from {@code marque scan}'s findings,
 * writes each as text, HTML and JSON with an index, and refuses the incomplete ones.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
    description = {"Draft the notices a route requires from scan findings.",
        "Writes <notice>.<language>.txt/.html/.json per notice, <notice>.attachments.json (the"
            + " evidence bundle's files the notice goes out with, SHA-256 or MISSING) and"
            + " index.json to --out.",
        "Exit 0: every notice complete; 1: input lines rejected or findings no right fits;"
            + " 2: a notice lacks a required element, or bad usage or configuration."})
public final class DraftCommand implements Callable<Integer> {

  /** Findings the route cannot use for a reason the user must act on. */
  private static final Set<DraftProblem.Kind> SERIOUS = EnumSet.of(
      DraftProblem.Kind.NO_FITTING_RIGHT, DraftProblem.Kind.NO_BRAND,
      DraftProblem.Kind.NO_EVIDENCE);

  @Spec
  CommandSpec spec;

  @Option(names = "--portfolio", required = true, paramLabel = "P.json",
      description = "the rights holder's portfolio")
  Path portfolio;

  @Option(names = "--findings", required = true, paramLabel = "F.jsonl",
      description = "findings, as marque scan writes them (JSON Lines)")
  Path findings;

  @Option(names = "--route", required = true, paramLabel = "ROUTE",
      description = "one of: dmca, dsa, uk, cn-ecommerce, alibaba-ipp, amazon, ebay-vero, temu,"
          + " cease-and-desist")
  String route;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the directory to write the notices to (created when absent)")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "the notice date, on which rights and authorisation are judged (default:"
          + " today)")
  LocalDate date;

  @Option(names = "--allow-incomplete",
      description = "also write notices that lack required elements, marked as incomplete drafts")
  boolean allowIncomplete;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "a directory of your own templates, replacing the bundled ones by name")
  Path templates;

  @Option(names = "--signatory", paramLabel = "NAME",
      description = "the natural person who signs (default: the sender's signatory in the"
          + " portfolio)")
  String signatory;

  @Option(names = "--capacity", paramLabel = "CAPACITY",
      description = "the capacity the --signatory signs in, such as Partner")
  String capacity;

  @Option(names = "--evidence", paramLabel = "E.json",
      description = "evidence of copying per listing: {\"listings\": {\"ID\": [{\"type\":"
          + " \"image-copy\"|\"text-copy\"|\"attached\", ...}]}}; attached files are checked"
          + " against their SHA-256, relative to this file's directory")
  Path evidence;

  @Option(names = "--min-verdict", paramLabel = "VERDICT",
      description = "the least verdict drafted: MENTION, SUSPICIOUS (default) or"
          + " LIKELY_COUNTERFEIT")
  Verdict minimumVerdict;

  @Option(names = "--deadline-days", paramLabel = "N",
      description = "days a cease-and-desist letter gives the seller (default: 14)")
  Integer deadlineDays;

  @Option(names = "--test-buy", paramLabel = "LISTING=ORDER",
      description = "the order id of a test purchase of a listing (repeatable)")
  Map<String, String> testBuys = new LinkedHashMap<>();

  @Option(names = "--seller-role", paramLabel = "SELLER=ROLE",
      description = "what a seller is in the supply of the goods: manufacturer, importer or"
          + " retailer (repeatable; needs --role-basis for the same seller). A letter to a seller"
          + " about acts in the UK under a trade mark, design or patent is a letter before"
          + " action only to a manufacturer or importer; otherwise a permitted communication")
  Map<String, String> sellerRoles = new LinkedHashMap<>();

  @Option(names = "--role-basis", paramLabel = "SELLER=TEXT",
      description = "how the seller's role is known (repeatable)")
  Map<String, String> roleBases = new LinkedHashMap<>();

  @Option(names = "--maker-search", paramLabel = "SELLER=STEP",
      description = "a step taken to identify who made or imported the seller's goods, with its"
          + " date (repeatable, also for one seller)")
  List<String> makerSearches = new ArrayList<>();

  @Option(names = "--accept-threats-risk",
      description = "accept, explicitly, the risk of a UK unjustified-threats claim: draft"
          + " letters before action to sellers not shown to be the maker or importer (recorded"
          + " in each notice's review data)")
  boolean acceptThreatsRisk;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Route theRoute;
    NoticeRenderer renderer = NoticeRenderer.standard();
    NoticeDrafter drafter;
    Portfolio thePortfolio;
    try {
      theRoute = Routes.all().stream().filter(r -> r.id().equals(route)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("--route '" + route
              + "' is not a route; use one of " + String.join(", ", Routes.ids())));
      if (templates != null) {
        renderer = renderer.withTemplates(TemplateSet.directory(templates));
      }
      if (allowIncomplete) {
        renderer = renderer.allowingIncomplete();
      }
      Portfolio p = MarqueJson.standard().readPortfolio(portfolio);
      thePortfolio = p;
      NoticeDrafter.Builder b = NoticeDrafter.builder(p);
      if (date != null) {
        b.date(date);
      }
      if (signatory != null && capacity != null) {
        b.signatory(signatory, capacity);
      } else if (signatory != null) {
        b.signatory(signatory);
      } else if (capacity != null) {
        throw new IllegalArgumentException("--capacity needs --signatory, the person who signs");
      }
      if (minimumVerdict != null) {
        b.minimumVerdict(minimumVerdict);
      }
      if (deadlineDays != null) {
        b.deadlineDays(deadlineDays);
      }
      testBuys.forEach(b::testBuyOrder);
      sellerRoles(b);
      if (acceptThreatsRisk) {
        b.acceptThreatsRisk();
      }
      drafter = b.build();
    } catch (InvalidInputException e) {
      err.println("marque draft: the portfolio " + portfolio + " is not valid:");
      e.problems().forEach(pr -> err.println("  " + pr));
      return ExitCodes.USAGE;
    } catch (NoSuchFileException e) {
      err.println("marque draft: no such file: " + e.getFile());
      return ExitCodes.USAGE;
    } catch (IOException | IllegalArgumentException e) {
      err.println("marque draft: " + e.getMessage());
      return ExitCodes.USAGE;
    }

    List<Finding> read = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(findings, StandardCharsets.UTF_8);
        JsonLines lines = JsonLines.of(reader)) {
      while (lines.hasNext()) {
        JsonLines.Line line = lines.next();
        if (line.tooLong()) {
          rejected.add("line " + line.number() + ": " + line.length()
              + " characters, over the limit of " + JsonLines.MAX_LINE_CHARS + "; skipped");
          continue;
        }
        try {
          read.add(MarqueJson.standard().readFinding(line.text()));
        } catch (InvalidInputException e) {
          rejected.add("line " + line.number() + ": skipped: " + String.join("; ",
              e.problems().stream().map(Problem::toString).toList()));
        } catch (RuntimeException e) {
          rejected.add("line " + line.number() + ": skipped: " + e.getMessage());
        }
      }
    } catch (NoSuchFileException e) {
      err.println("marque draft: no such file: " + e.getFile());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("marque draft: cannot read " + findings + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    rejected.forEach(r -> err.println("marque draft: " + findings + " " + r));

    if (evidence != null) {
      Map<String, List<InfringementEvidence>> byListing;
      try {
        byListing = MarqueJson.standard().readEvidence(evidence);
      } catch (InvalidInputException e) {
        err.println("marque draft: the evidence file " + evidence + " is not valid:");
        e.problems().forEach(pr -> err.println("  " + pr));
        return ExitCodes.USAGE;
      } catch (NoSuchFileException e) {
        err.println("marque draft: no such file: " + e.getFile());
        return ExitCodes.USAGE;
      } catch (IOException e) {
        err.println("marque draft: cannot read " + evidence + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      // an attached file must be the one recorded: a changed or missing file stops the draft
      Path base = evidence.toAbsolutePath().getParent();
      List<String> bad = new ArrayList<>();
      byListing.forEach((id, list) -> list.stream()
          .filter(e -> e instanceof InfringementEvidence.Attached)
          .map(e -> ((InfringementEvidence.Attached) e).file().verify(base))
          .flatMap(java.util.Optional::stream)
          .forEach(problem -> bad.add("listings." + id + ": " + problem)));
      if (!bad.isEmpty()) {
        err.println("marque draft: the evidence file " + evidence + " refers to files that"
            + " cannot be relied on:");
        bad.forEach(b -> err.println("  " + b));
        return ExitCodes.USAGE;
      }
      List<Finding> withEvidence = new ArrayList<>();
      for (Finding f : read) {
        List<InfringementEvidence> more = byListing.get(f.listing().id());
        withEvidence.add(more == null ? f : f.withEvidence(more));
      }
      read = withEvidence;
    }

    Drafts drafts = drafter.draft(theRoute, read);
    List<Object> index = new ArrayList<>();
    try {
      Files.createDirectories(out);
      for (Notice n : drafts.notices()) {
        List<String> files = new ArrayList<>();
        if (n.isComplete() || allowIncomplete) {
          for (Language language : n.route().languages()) {
            for (Format format : Format.values()) {
              String name = n.id() + "." + language.tag() + "." + format.extension();
              Files.writeString(out.resolve(name), renderer.render(n, format, language),
                  StandardCharsets.UTF_8);
              files.add(name);
            }
          }
        }
        // what goes with the notice: the bundle's files and the evidence, SHA-256 or MISSING
        NoticeAttachments attached = NoticeAttachments.of(n, portfolio.toAbsolutePath()
            .getParent(), (evidence != null ? evidence : findings).toAbsolutePath().getParent());
        if (!files.isEmpty()) {
          String name = n.id() + ".attachments.json";
          Files.writeString(out.resolve(name), MarqueJson.standard().writePretty(
              attached.manifest()) + "\n", StandardCharsets.UTF_8);
          files.add(name);
          if (!attached.missing().isEmpty()) {
            err.println("marque draft: note: " + n.id() + ": " + n.route().id() + " needs "
                + String.join(", ", attached.missing()) + ", missing (see " + name + ")");
          }
        }
        if (!files.isEmpty() && n.route().equals(Routes.ALIBABA_IPP)) {
          // the submission package: checklist, manifest with SHA-256 or MISSING, documents to sign
          IppPackage pkg = IppPackage.of(n, thePortfolio, portfolio.toAbsolutePath().getParent());
          pkg.writeTo(out.resolve(n.id() + ".ipp"));
          pkg.writeZip(out.resolve(n.id() + ".ipp.zip"));
          files.add(n.id() + ".ipp/");
          files.add(n.id() + ".ipp.zip");
          if (!pkg.letterProblems().isEmpty()) {
            err.println("marque draft: note: " + n.id() + ": the authorisation letter is"
                + " incomplete: " + String.join("; ", pkg.letterProblems()));
          }
          if (!pkg.missing().isEmpty()) {
            err.println("marque draft: note: " + n.id() + ": the IPP package still lacks "
                + String.join(", ", pkg.missing()) + " (see " + n.id() + ".ipp/checklist.txt)");
          }
        }
        index.add(entry(n, files, attached));
        stdout.println((n.isComplete() ? "drafted  " : files.isEmpty() ? "REFUSED  "
            : "INCOMPLETE DRAFT  ") + n.id() + " (" + n.items().size() + " listing"
            + (n.items().size() == 1 ? "" : "s") + ")" + (files.isEmpty() ? ""
                : " -> " + String.join(", ", files)));
        for (ElementProblem pr : n.problems()) {
          err.println("marque draft: " + n.id() + ": " + pr);
        }
        for (String a : n.advisories()) {
          err.println("marque draft: note: " + n.id() + ": " + a);
        }
      }
      for (DraftProblem pr : drafts.problems()) {
        err.println("marque draft: " + (SERIOUS.contains(pr.kind()) ? "" : "note: ") + pr);
      }
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("route", theRoute.id());
      root.put("date", drafter.date().toString());
      root.put("portfolio", portfolio.toString());
      root.put("findings", findings.toString());
      root.put("notices", index);
      root.put("setAside", drafts.problems().stream().map(pr -> {
        Map<String, Object> m = new LinkedHashMap<>();
        pr.listingId().ifPresent(id -> m.put("listingId", id));
        m.put("kind", pr.kind().name());
        m.put("message", pr.message());
        return m;
      }).toList());
      root.put("rejectedLines", rejected);
      Files.writeString(out.resolve("index.json"),
          MarqueJson.standard().writePretty(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("marque draft: cannot write to " + out + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (TemplateException e) {
      err.println("marque draft: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    long complete = drafts.notices().stream().filter(Notice::isComplete).count();
    stdout.println(complete + " of " + drafts.notices().size() + " notices complete; "
        + drafts.problems().size() + " findings set aside; " + rejected.size()
        + " input lines rejected; index: " + out.resolve("index.json"));
    stdout.flush();
    err.flush();
    if (!drafts.allComplete()) {
      err.println("marque draft: " + drafts.incomplete().size() + " notices lack required"
          + " elements" + (allowIncomplete ? " (written as marked drafts)" : " and were not"
              + " written; fix the portfolio or pass --allow-incomplete for marked drafts"));
      return ExitCodes.USAGE;
    }
    boolean serious = !rejected.isEmpty()
        || drafts.problems().stream().anyMatch(pr -> SERIOUS.contains(pr.kind()));
    return serious ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /** Turns the seller-role options into the drafter's records, refusing half a record. */
  private void sellerRoles(NoticeDrafter.Builder b) {
    Map<String, List<String>> steps = new LinkedHashMap<>();
    for (String s : makerSearches) {
      int eq = s.indexOf('=');
      if (eq <= 0 || eq == s.length() - 1) {
        throw new IllegalArgumentException("--maker-search '" + s + "' is not SELLER=STEP");
      }
      steps.computeIfAbsent(s.substring(0, eq), k -> new ArrayList<>()).add(s.substring(eq + 1));
    }
    for (String seller : steps.keySet()) {
      if (!sellerRoles.containsKey(seller)) {
        throw new IllegalArgumentException("--maker-search names seller " + seller + ", which"
            + " has no --seller-role");
      }
    }
    for (String seller : roleBases.keySet()) {
      if (!sellerRoles.containsKey(seller)) {
        throw new IllegalArgumentException("--role-basis names seller " + seller + ", which"
            + " has no --seller-role");
      }
    }
    sellerRoles.forEach((seller, role) -> {
      SellerRole.Role r;
      try {
        r = SellerRole.Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--seller-role " + seller + "=" + role + ": use"
            + " manufacturer, importer or retailer");
      }
      String basis = roleBases.get(seller);
      if (basis == null || basis.isBlank()) {
        throw new IllegalArgumentException("--seller-role " + seller + " needs --role-basis "
            + seller + "=TEXT: how it is known that the seller is a " + r.words());
      }
      b.sellerRole(seller, new SellerRole(r, basis, steps.getOrDefault(seller, List.of())));
    });
  }

  private static Map<String, Object> entry(Notice n, List<String> files,
      NoticeAttachments attached) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id());
    m.put("route", n.route().id());
    m.put("complete", n.isComplete());
    m.put("marketplace", n.marketplace().name());
    n.right().ifPresent(r -> {
      m.put("right", r.kind().name() + " " + r.subject());
      r.registrationNumber().ifPresent(reg -> m.put("registrationNumber", reg));
    });
    m.put("listings", n.items().stream().map(i -> i.listingId()).toList());
    m.put("part", n.part());
    m.put("parts", n.parts());
    m.put("files", files);
    m.put("problems", n.problems().stream().map(ElementProblem::toString).toList());
    n.statute().ifPresent(st -> m.put("statute", st));
    n.threats().ifPresent(t -> m.put("unjustifiedThreats", t.fields()));
    m.put("advisories", n.advisories());
    // the review data: what the notice goes out with, and what the route needs that is missing
    m.put("attachments", attached.attachments().stream().map(a -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", a.name());
      e.put("file", a.file().orElse(Attachment.MISSING));
      e.put("sha256", a.sha256());
      e.put("required", a.required());
      return e;
    }).toList());
    m.put("missingAttachments", attached.missing());
    return m;
  }
}
