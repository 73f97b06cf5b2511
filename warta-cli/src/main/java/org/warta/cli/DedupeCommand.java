package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.warta.cli.console.Console;
import org.warta.dedupe.DedupeSettings;
import org.warta.dedupe.eval.DedupeEval;
import org.warta.dedupe.eval.EvalDocument;
import org.warta.dedupe.eval.EvalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta dedupe --eval <docs.jsonl> --out pairs.tsv [--originals originals.tsv]}: streams an
 * evaluation set (the {@code shared/bench/dedup} layout) in file order through the product's
 * incremental duplicate detector ({@link DedupeEval}), writes {@code id_a<TAB>id_b} for every pair
 * inside each duplicate group and, when asked, {@code id<TAB>credited original} for every article
 * in a group, and prints the throughput and the state's size.
 */
@Command(
    name = "dedupe",
    mixinStandardHelpOptions = true,
    description = {
      "Find the duplicate groups of an evaluation set, streaming it in file order.",
      "Input: JSON lines {\"id\",\"title\",\"text\",\"url\"}; output: id_a<TAB>id_b per pair in a"
          + " group; --originals: id<TAB>credited original (an id or agency:<NAME>)."
    })
public final class DedupeCommand implements Callable<Integer> {
  @Option(
      names = "--eval",
      required = true,
      paramLabel = "<docs.jsonl>",
      description = "The documents, one JSON object per line, in stream order")
  Path eval;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<pairs.tsv>",
      description = "Where to write id_a<TAB>id_b")
  Path out;

  @Option(
      names = "--originals",
      paramLabel = "<originals.tsv>",
      description = "Where to write id<TAB>credited original")
  @Nullable Path originals;

  private final Console console = Console.system();

  @Override
  public Integer call() {
    if (!Files.isRegularFile(eval)) {
      throw new UserError(
          "no such file: " + eval + " (give a docs.jsonl as in shared/bench/dedup/mirrors)");
    }
    EvalResult r;
    try (BufferedReader in = Files.newBufferedReader(eval, StandardCharsets.UTF_8)) {
      r = DedupeEval.run(new Documents(in, eval), DedupeSettings.defaults());
    } catch (IOException | UncheckedIOException e) {
      throw new UserError("cannot read " + eval + ": " + e.getMessage(), e);
    }
    writePairs(r);
    if (originals != null) {
      writeOriginals(r.originals(), originals);
    }
    console.println(summary(r));
    return 0;
  }

  private String summary(EvalResult r) {
    return String.format(
        Locale.ROOT,
        "dedupe: %d documents in %.3f s = %.0f documents/s (%.0f per core of CPU time); %d pairs in"
            + " %d groups; state %d articles, %.0f bytes/article -> %s",
        r.documents(),
        r.elapsed().toNanos() / 1e9,
        r.throughput(),
        r.throughputPerCore(),
        r.pairs().size(),
        r.stats().groups(),
        r.stats().articles(),
        r.stats().bytesPerArticle(),
        out);
  }

  private void writePairs(EvalResult r) {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String[] pair : r.pairs()) {
        w.write(pair[0] + "\t" + pair[1] + "\n");
      }
    } catch (IOException e) {
      throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static void writeOriginals(Map<String, String> credits, Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : credits.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The documents of a JSON-lines file, read one line at a time. */
  private static final class Documents implements Iterator<EvalDocument> {
    private final ObjectMapper json = new ObjectMapper();
    private final BufferedReader in;
    private final Path file;
    private int lineNumber;
    private @Nullable EvalDocument next;

    Documents(BufferedReader in, Path file) {
      this.in = in;
      this.file = file;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        String line;
        try {
          line = in.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (line == null) {
          return false;
        }
        lineNumber++;
        if (!line.isBlank()) {
          next = parse(line);
        }
      }
      return true;
    }

    @Override
    public EvalDocument next() {
      if (!hasNext() || next == null) {
        throw new NoSuchElementException();
      }
      EvalDocument d = next;
      next = null;
      return d;
    }

    private EvalDocument parse(String line) {
      try {
        JsonNode n = json.readTree(line);
        if (!n.hasNonNull("id")) {
          throw new UserError(file + " line " + lineNumber + ": no \"id\" field");
        }
        return new EvalDocument(
            n.get("id").asText(), text(n, "title"), text(n, "text"), text(n, "url"));
      } catch (IOException e) {
        throw new UserError(
            file + " line " + lineNumber + ": not a JSON document (" + e.getMessage() + ")", e);
      }
    }

    private static String text(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || v.isNull() ? "" : v.asText();
    }
  }
}
