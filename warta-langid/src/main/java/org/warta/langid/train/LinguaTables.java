package org.warta.langid.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.warta.core.Language;

/**
 * Reads the language models inside the Lingua jar ({@code com.github.pemistahl:lingua:1.2.2},
 * Apache-2.0): {@code language-models/<iso639-1>/{unigrams,bigrams,trigrams,quadrigrams,
 * fivegrams}.json}, each {@code {"language":"X","ngrams":{"<num>/<den>":"<ngram> <ngram> ..."}}}
 * where the fraction is the conditional probability of the n-gram's last letter given its prefix.
 */
final class LinguaTables implements AutoCloseable {
  private static final String[] FILES = {
    "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"
  };
  private static final Pattern ENTRY = Pattern.compile("\"(\\d+)/(\\d+)\":\"([^\"]*)\"");

  private final ZipFile jar;

  private LinguaTables(ZipFile jar) {
    this.jar = jar;
  }

  static LinguaTables open(Path jar) throws IOException {
    return new LinguaTables(new ZipFile(jar.toFile()));
  }

  @Override
  public void close() throws IOException {
    jar.close();
  }

  /** The ISO 639-1 codes of the languages in the jar, sorted. */
  List<String> languages() {
    TreeSet<String> codes = new TreeSet<>();
    jar.stream()
        .map(ZipEntry::getName)
        .filter(n -> n.startsWith("language-models/") && n.endsWith("/unigrams.json"))
        .forEach(n -> codes.add(n.split("/")[1]));
    return List.copyOf(codes);
  }

  /** The tables of one language; orders the jar lacks (CJK has unigrams only) are empty. */
  ConditionalTables read(String code) throws IOException {
    List<Map<String, Double>> orders = new ArrayList<>();
    for (String file : FILES) {
      ZipEntry entry = jar.getEntry("language-models/" + code + "/" + file + ".json");
      orders.add(entry == null ? Map.of() : parse(entry));
    }
    while (!orders.isEmpty() && orders.getLast().isEmpty()) {
      orders.removeLast();
    }
    return new ConditionalTables(new Language(code), orders);
  }

  private Map<String, Double> parse(ZipEntry entry) throws IOException {
    String json;
    try (InputStream in = jar.getInputStream(entry)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Double> table = new HashMap<>();
    Matcher m = ENTRY.matcher(json);
    while (m.find()) {
      double logP = Math.log(Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2)));
      for (String ngram : unescape(m.group(3)).split(" ")) {
        if (!ngram.isEmpty()) {
          table.put(ngram, logP);
        }
      }
    }
    return table;
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
