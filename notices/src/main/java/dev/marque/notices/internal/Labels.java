package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Verdict;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.DesignRight;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.PatentType;
import dev.marque.core.rights.RightKind;
import dev.marque.core.rights.Trademark;
import dev.marque.notices.law.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words notices use for rights, places, dates and verdicts, per language. */
public final class Labels {
  private Labels() {}

  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter ZH_DATE =
      DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE);

  /** A date as a letter gives it: {@code 15 June 2026}, {@code 2026年6月15日}. */
  public static String date(LocalDate date, Language language) {
    return switch (language) {
      case EN -> EN_DATE.format(date);
      case ZH -> ZH_DATE.format(date);
    };
  }

  /** The kind of right in words: {@code trade mark}, {@code 商标}. */
  public static String kind(IpRight right, Language language) {
    boolean zh = language == Language.ZH;
    return switch (right.kind()) {
      case TRADEMARK -> zh ? "商标" : "trade mark";
      case COPYRIGHT -> zh ? "著作权" : "copyright";
      case DESIGN -> zh ? "外观设计" : "registered design";
      case PATENT -> switch (((Patent) right).patentType()) {
        case INVENTION -> zh ? "发明专利" : "patent";
        case UTILITY_MODEL -> zh ? "实用新型专利" : "utility model";
        case DESIGN -> zh ? "外观设计专利" : "design patent";
      };
    };
  }

  /** The kind of right in English words, for messages. */
  public static String kind(RightKind kind) {
    return switch (kind) {
      case TRADEMARK -> "trade mark";
      case COPYRIGHT -> "copyright";
      case DESIGN -> "design right";
      case PATENT -> "patent";
    };
  }

  /** A right in a few words for a message: {@code trade mark AURELIA (UKIPO 2891234)}. */
  public static String describe(IpRight right) {
    String where = switch (right.kind()) {
      case TRADEMARK -> {
        Trademark t = (Trademark) right;
        yield t.office() + " " + t.registrationNumber().orElse("application");
      }
      case COPYRIGHT -> {
        Copyright c = (Copyright) right;
        yield c.registrationNumber().map(n -> c.registeredIn().map(j -> j + " ").orElse("") + n)
            .orElse("unregistered");
      }
      case DESIGN -> {
        DesignRight d = (DesignRight) right;
        yield d.office().map(o -> o + " ").orElse("")
            + d.registrationNumber().orElse("unregistered");
      }
      case PATENT -> {
        Patent p = (Patent) right;
        yield p.office() + " " + p.number();
      }
    };
    return kind(right, Language.EN) + " " + right.subject() + " (" + where + ")";
  }

  /** A jurisdiction's name in the language. */
  public static String place(Jurisdiction j, Language language) {
    if (language == Language.EN) {
      return j.displayName();
    }
    return switch (j.code()) {
      case "EU" -> "欧盟";
      case "INT" -> "国际";
      default -> new Locale("", j.code()).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
    };
  }

  /** Where a right applies, in words. */
  public static String territory(IpRight right, Language language) {
    return right.jurisdictions().stream().map(j -> place(j, language))
        .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
  }

  /** A verdict in words. */
  public static String verdict(Verdict v, Language language) {
    boolean zh = language == Language.ZH;
    return switch (v) {
      case CLEAR -> zh ? "未发现问题" : "clear";
      case AUTHORIZED -> zh ? "授权卖家" : "authorised seller";
      case MENTION -> zh ? "提及品牌" : "brand mentioned";
      case SUSPICIOUS -> zh ? "可疑" : "suspicious";
      case LIKELY_COUNTERFEIT -> zh ? "疑似假冒" : "likely counterfeit";
    };
  }

  /** eBay VeRO's reason for an item, from the kind of right and the verdict. */
  public static String veroReason(IpRight right, Verdict verdict) {
    return switch (right.kind()) {
      case TRADEMARK -> verdict == Verdict.LIKELY_COUNTERFEIT
          ? "Trademark - counterfeit item"
          : "Trademark - listing makes unauthorised use of the trade mark";
      case COPYRIGHT -> "Copyright - listing copies the copyrighted work";
      case DESIGN -> "Design - item copies the protected design";
      case PATENT -> ((Patent) right).patentType() == PatentType.DESIGN
          ? "Design patent - item copies the patented design"
          : "Patent - item infringes the patent";
    };
  }
}
