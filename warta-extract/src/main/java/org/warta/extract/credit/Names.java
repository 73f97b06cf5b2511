package org.warta.extract.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans and splits author strings as pages print them: "By Jane Roe and John Doe", "Oleh: Rina
 * dan Budi", "Sinta Dewi - detakNews", "JANE ROE, Staff Writer". Rejects what is not a person's
 * name: generic accounts ("admin", "Redaksi", "Staff"), URLs, e-mail addresses, site names, long
 * phrases.
 */
public final class Names {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^(by|oleh|penulis|reporter|wartawan|pewarta|rep|author|written by|words by|text|teks|von|par|por|bylines?|posted by|story by|report by|reported by|laporan wartawan)\\s*[:：|\\-–]?\\s+");
  private static final Pattern SPLIT =
      Pattern.compile("(?iu)\\s*(?:,|;|\\||/|&|\\s+and\\s+|\\s+dan\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+|\\s+e\\s+|、|，|\\s+و\\s*)\\s*");
  private static final Set<String> GENERIC =
      Set.of(
          "admin", "administrator", "redaksi", "tim redaksi", "redaktur", "editor", "editorial",
          "staff", "staff writer", "staff reporter", "team", "newsroom", "news desk", "desk",
          "webmaster", "author", "guest", "guest author", "anonymous", "unknown", "reporter",
          "contributor", "penulis", "kontributor", "wartawan", "humas", "the editors",
          "editorial staff", "editorial team", "web desk", "online desk", "digital desk", "press release");
  private static final Pattern OTHER_CREDIT =
      Pattern.compile(
          "(?iu)\\s*[|/,;]?\\s*\\b(editor|redaktur|penyunting|foto|photo|fotografer|photographer|editing by|edited by|copyright)\\s*[:：].*$");
  private static final Pattern ROLE_SUFFIX =
      Pattern.compile("(?iu)\\s*[,\\-–|]\\s*(staff writer|senior writer|reporter|correspondent|contributor|editor|columnist|writer|kontributor|koresponden|wartawan)\\b.*$");

  private Names() {}

  /** The person names in an author string, cleaned, in order; empty when none looks like a name. */
  public static List<String> split(String raw, String siteName) {
    String s = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    s = LABEL.matcher(s).replaceFirst("");
    s = OTHER_CREDIT.matcher(s).replaceFirst("");
    s = s.replaceAll("\\s*\\([^)]*\\)", "");
    if (!siteName.isBlank()) {
      s = s.replaceAll("(?iu)\\s*[-–|]\\s*" + Pattern.quote(siteName.strip()) + "\\b.*$", "");
    }
    s = s.replaceAll("\\s+[-–]\\s+\\S+\\.(?:com|co\\.id|id|net|org|example)\\b.*$", "");
    s = ROLE_SUFFIX.matcher(s).replaceFirst("");
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(s)) {
      String name = clean(part, siteName);
      if (!name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** Whether a single string looks like one person's name. */
  public static boolean isName(String s, String siteName) {
    return !clean(s, siteName).isEmpty();
  }

  private static String clean(String part, String siteName) {
    String n = LABEL.matcher(part.strip()).replaceFirst("").strip();
    n = n.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.)]]+$", "").strip();
    if (n.isEmpty() || n.length() > 60 || n.contains("@") || n.contains("://") || n.contains("www.")) {
      return "";
    }
    String lower = n.toLowerCase(Locale.ROOT);
    if (GENERIC.contains(lower) || (!siteName.isBlank() && lower.equals(siteName.toLowerCase(Locale.ROOT).strip()))) {
      return "";
    }
    String[] words = n.split(" ");
    if (words.length > 6 || !Character.isLetter(n.codePointAt(0))) {
      return "";
    }
    int digits = 0;
    for (int i = 0; i < n.length(); i++) {
      if (Character.isDigit(n.charAt(i))) {
        digits++;
      }
    }
    return digits > 0 ? "" : n;
  }
}
