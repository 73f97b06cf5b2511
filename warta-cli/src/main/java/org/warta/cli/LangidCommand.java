package org.warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.core.Language;
import org.warta.langid.Candidate;
import org.warta.langid.Detection;
import org.warta.langid.LanguageDetector;
import org.warta.langid.batch.TsvBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta langid <text-or-file>}: prints the detected language (ISO 639 code or {@code und});
 * {@code warta langid --batch <paragraphs.tsv> --out <pred.tsv>} labels a paragraphs file for
 * {@code shared/tools/langid-eval/score.py}. The logic lives in warta-langid.
 */
@Command(
    name = "langid",
    mixinStandardHelpOptions = true,
    description =
        "Detect the language of a text or a file (or label a paragraphs TSV with --batch).")
public final class LangidCommand implements Callable<Integer> {
  /** Bytes of a file that are read: far more than the detector looks at. */
  static final int MAX_FILE_BYTES = 1 << 20;

  @Parameters(arity = "0..*", paramLabel = "<text-or-file>", description = "Text, or one file")
  List<String> input = List.of();

  @Option(names = "--batch", paramLabel = "<paragraphs.tsv>", description = "id<TAB>[...<TAB>]text")
  Optional<Path> batch = Optional.empty();

  @Option(names = "--out", paramLabel = "<pred.tsv>", description = "Batch output: id<TAB>lang")
  Optional<Path> out = Optional.empty();

  @Option(names = "--hint", paramLabel = "<lang>", description = "Declared language, as a prior")
  Optional<String> hint = Optional.empty();

  @Option(names = "--scores", description = "Also print confidence, basis and top candidates")
  boolean scores;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LanguageDetector detector = LanguageDetector.standard();
    if (batch.isPresent()) {
      return runBatch(detector, batch.get());
    }
    if (input.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give a text, a file, or --batch <tsv>");
    }
    Language declared = hint.map(Language::of).orElse(Language.UNDETERMINED);
    Detection d = detector.detectWithScores(text(), declared);
    spec.commandLine().getOut().println(d.language().code());
    if (scores) {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "confidence %.3f, basis %s, %d letters%n",
              d.confidence(),
              d.basis(),
              d.letters());
      for (Candidate c : d.candidates().subList(0, Math.min(5, d.candidates().size()))) {
        spec.commandLine()
            .getOut()
            .printf(Locale.ROOT, "  %s %.4f%n", c.language(), c.confidence());
      }
    }
    return 0;
  }

  private int runBatch(LanguageDetector detector, Path paragraphs) {
    Path target =
        out.orElseThrow(() -> new ParameterException(spec.commandLine(), "--batch needs --out"));
    try {
      TsvBatch.Summary s = new TsvBatch(detector).run(paragraphs, target);
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "labelled %d paragraphs (%d lines skipped) in %.2f s, %.0f paragraphs/s -> %s%n",
              s.labelled(),
              s.skipped(),
              s.nanos() / 1e9,
              s.rate(),
              target);
      return 0;
    } catch (UncheckedIOException e) {
      throw new ParameterException(
          spec.commandLine(), e.getMessage() + " (check the --batch and --out paths)", e);
    }
  }

  /** The text: one argument naming a readable file is read (its first MB), else the words. */
  private String text() {
    if (input.size() == 1) {
      Path file = Path.of(input.getFirst());
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          return new String(in.readNBytes(MAX_FILE_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new ParameterException(
              spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
        }
      }
    }
    return String.join(" ", input);
  }
}
