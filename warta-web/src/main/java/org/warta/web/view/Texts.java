package org.warta.web.view;

/** Plain-text helpers for views. */
public final class Texts {
  private Texts() {}

  /** The start of a text, cut at a word boundary near {@code max} characters, with "…". */
  public static String excerpt(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > max / 2 ? cut : max).strip() + " …";
  }

  /** The first paragraphs of a text, up to about {@code max} characters, paragraphs kept. */
  public static java.util.List<String> paragraphs(String text, int max) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int used = 0;
    for (String p : text.strip().split("\\n\\s*\\n")) {
      String para = p.strip().replaceAll("\\s+", " ");
      if (para.isEmpty()) {
        continue;
      }
      if (used + para.length() > max) {
        if (out.isEmpty()) {
          out.add(excerpt(para, max));
        }
        break;
      }
      out.add(para);
      used += para.length();
    }
    return out;
  }
}
