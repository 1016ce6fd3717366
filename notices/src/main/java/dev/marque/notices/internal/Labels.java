package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.Reason;
import dev.marque.core.Verdict;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.DesignRight;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.RightKind;
import dev.marque.core.rights.Trademark;
import dev.marque.notices.law.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
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

  /**
   * A platform as a Chinese notice addresses it: the name Chinese users know it by and, where
   * marque is sure of it, the operating company (淘宝网 is operated by 浙江淘宝网络有限公司).
   */
  public static String platformZh(Marketplace m) {
    return switch (m) {
      case TAOBAO -> "淘宝网（浙江淘宝网络有限公司）";
      case TMALL -> "天猫（浙江天猫网络有限公司）";
      case ALI1688 -> "1688（阿里巴巴1688平台）";
      case ALIBABA -> "阿里巴巴国际站（Alibaba.com）";
      case ALIEXPRESS -> "全球速卖通（AliExpress）";
      case DHGATE -> "敦煌网（DHgate）";
      case AMAZON -> "亚马逊（Amazon）";
      case EBAY -> "易贝（eBay）";
      case LAZADA -> "来赞达（Lazada）";
      case SHOPEE -> "虾皮（Shopee）";
      default -> m.displayName();
    };
  }

  /** A reason of the assessment in Chinese, built from its code and facts. */
  public static String reasonZh(Reason r) {
    Map<String, String> f = r.facts();
    String brand = f.getOrDefault("brand", "");
    String where = r.spans().isEmpty() ? "商品信息" : fieldZh(r.spans().get(0).field());
    String quoted = r.spans().isEmpty() ? "" : r.spans().get(0).text();
    // a reason without the facts a sentence needs (hand-written findings) keeps its own words
    boolean complete = switch (r.code()) {
      case BRAND_MENTION -> !brand.isEmpty();
      case DISGUISED_BRAND, CUE_WORD -> !brand.isEmpty() && !quoted.isEmpty();
      case PRICE_ANOMALY -> f.containsKey("price") && f.containsKey("msrp")
          && f.containsKey("ratio") && f.containsKey("product");
      case RELISTED -> f.containsKey("removedId");
      default -> false;
    };
    if (!complete) {
      return r.message();
    }
    return switch (r.code()) {
      case BRAND_MENTION -> where + "中使用了品牌“" + brand + "”"
          + (quoted.isEmpty() || quoted.equals(brand) ? "" : "（原文：“" + quoted + "”）");
      case DISGUISED_BRAND -> "品牌“" + brand + "”在" + where + "中被变形书写为“" + quoted + "”（"
          + methodZh(f.getOrDefault("method", "")) + "）：正规卖家无需隐藏其所售品牌";
      case CUE_WORD -> where + "中写有“" + quoted + "”，系假冒商品常用语"
          + ("true".equals(f.get("near")) ? "，紧邻品牌“" + brand + "”" : "");
      case PRICE_ANOMALY -> "售价" + f.getOrDefault("price", "")
          + (f.containsKey("comparedPrice") && !f.get("comparedPrice").equals(f.get("price"))
              ? "（约合" + f.get("comparedPrice") + "）" : "")
          + "仅为" + ("true".equals(f.get("productNamed"))
              ? f.getOrDefault("product", "") + "建议零售价" + f.getOrDefault("msrp", "")
              : brand + "任一产品的最低建议零售价" + f.getOrDefault("msrp", "") + "（"
                  + f.getOrDefault("product", "") + "）")
          + "的" + percent(f.getOrDefault("ratio", ""));
      case RELISTED -> "重新上架已被删除的商品" + f.getOrDefault("removedId", "")
          + (f.containsKey("image") ? "：图片" + f.get("image") + "与原商品图片"
              + f.getOrDefault("removedImage", "") + "相符（PDQ距离" + f.getOrDefault("distance",
                  "") + "）" : "");
      default -> r.message();
    };
  }

  private static String percent(String ratio) {
    try {
      return Math.round(Double.parseDouble(ratio) * 100) + "%";
    } catch (NumberFormatException e) {
      return ratio;
    }
  }

  private static String fieldZh(ListingField field) {
    return switch (field) {
      case TITLE -> "标题";
      case DESCRIPTION -> "描述";
      case SELLER_NAME -> "卖家名称";
      case URL -> "链接";
    };
  }

  private static String methodZh(String method) {
    return switch (method) {
      case "SEPARATED" -> "字母被拆开";
      case "MASKED" -> "部分字母被遮挡";
      case "LEET" -> "以数字或符号替代字母";
      case "CONFUSABLE" -> "以形近的其他文字字符替代";
      default -> "以其他形式书写";
    };
  }
}
