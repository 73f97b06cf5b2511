package org.warta.langid.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.warta.core.Language;
import org.warta.langid.model.LanguageTable;
import org.warta.langid.model.ModelFile;

/**
 * Builds {@code src/main/resources/org/warta/langid/model/ngrams.txt.gz}:
 *
 * <ul>
 *   <li>every language of the Lingua jar, pruned to the most frequent n-grams: Indonesian, Malay
 *       and English (the languages Warta must tell apart finely) keep all 1-3-grams and the top
 *       40,000 4-grams and 80,000 5-grams, the others all 1-2-grams and the top 3,000/4,000/4,000
 *       3/4/5-grams;
 *   <li>every language with text under {@code --corpus} ({@code <code>.txt}, one paragraph a line),
 *       plus {@code --extra code=file} texts (HTML is reduced to its text): languages Lingua lacks
 *       (Javanese, Sundanese) are trained from it alone, with the unigram distribution of {@code
 *       --base} (Indonesian by default) mixed in; languages Lingua has (Indonesian, Malay) mix it
 *       into Lingua's tables with a share of {@link #OWN_SHARE}.
 * </ul>
 *
 * <p>Usage: {@code ModelTrainer --lingua lingua-1.2.2.jar --corpus train/corpus [--extra
 * jv=jav.html ...] --out ngrams.txt.gz}; {@code train/train-model.sh} runs it with the inputs
 * fetched from Maven Central and npm.
 */
public final class ModelTrainer {
  static final Set<String> DETAILED = Set.of("id", "ms", "en");
  static final int[] DETAILED_CAPS = {0, 0, 0, 40_000, 80_000};
  static final int[] DEFAULT_CAPS = {0, 0, 3_000, 4_000, 4_000};

  /**
   * Share of the module's own text in a language that Lingua also has (Indonesian, Malay): enough
   * to lift the news and official vocabulary Lingua's tables underrate, little enough to keep
   * Lingua's large-corpus estimates in charge.
   */
  static final double OWN_SHARE = 0.2;

  private ModelTrainer() {}

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> options = parse(args);
    Path lingua = Path.of(single(options, "--lingua"));
    Path corpus = Path.of(single(options, "--corpus"));
    Path out = Path.of(single(options, "--out"));
    List<LanguageTable> tables = new ArrayList<>();
    try (LinguaTables jar = LinguaTables.open(lingua)) {
      ConditionalTables base = jar.read(options.getOrDefault("--base", List.of("id")).getFirst());
      Map<String, List<String>> own = corpora(corpus, options);
      for (String code : jar.languages()) {
        int[] caps = DETAILED.contains(code) ? DETAILED_CAPS : DEFAULT_CAPS;
        ConditionalTables read = jar.read(code);
        List<String> texts = own.remove(code);
        if (texts != null) {
          read = read.mix(CorpusTables.train(read.language(), texts, base), OWN_SHARE);
        }
        tables.add(read.prune(caps));
      }
      for (Map.Entry<String, List<String>> e : own.entrySet()) {
        tables.add(
            CorpusTables.train(new Language(e.getKey()), e.getValue(), base).prune(new int[0]));
      }
    }
    List<String> comments = new ArrayList<>();
    comments.add(
        "Built by org.warta.langid.train.ModelTrainer (warta-langid/train/train-model.sh).");
    comments.add("Sources: Lingua 1.2.2 language models (Apache-2.0, (c) Peter M. Stahl), pruned;");
    comments.add("own texts in warta-langid/train/corpus (the Warta project);");
    comments.add("extra texts: " + options.getOrDefault("--extra", List.of()));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      ModelFile.write(tables, comments, o);
    }
    int entries = tables.stream().mapToInt(LanguageTable::size).sum();
    System.out.printf(
        "wrote %s: %d languages, %d n-grams, %d bytes%n",
        out, tables.size(), entries, Files.size(out));
  }

  /** Texts per language code: {@code <corpus>/<code>.txt} plus the {@code --extra} files. */
  private static Map<String, List<String>> corpora(Path dir, Map<String, List<String>> options)
      throws IOException {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String code = f.getFileName().toString().replaceFirst("\\.txt$", "");
        texts.computeIfAbsent(code, c -> new ArrayList<>()).add(Files.readString(f));
      }
    }
    for (String extra : options.getOrDefault("--extra", List.of())) {
      String[] kv = extra.split("=", 2);
      if (kv.length != 2 || !texts.containsKey(kv[0])) {
        throw new IllegalArgumentException(
            "--extra wants code=file for a language with a corpus file, got '" + extra + "'");
      }
      String text = Files.readString(Path.of(kv[1]), StandardCharsets.UTF_8);
      texts.get(kv[0]).add(kv[1].endsWith(".html") ? HtmlText.of(text) : text);
    }
    return texts;
  }

  private static Map<String, List<String>> parse(String[] args) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an --option, got '" + args[i] + "'");
      }
      options.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[i + 1]);
    }
    return options;
  }

  private static String single(Map<String, List<String>> options, String name) {
    List<String> values = options.get(name);
    if (values == null || values.size() != 1) {
      throw new IllegalArgumentException(
          name
              + " is required once; usage: ModelTrainer --lingua <jar> --corpus <dir> --out"
              + " <file>");
    }
    return values.getFirst();
  }
}
