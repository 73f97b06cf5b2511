package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.cli.console.Console;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.dedupe.Candidate;
import org.warta.dedupe.DuplicateDetector;
import org.warta.dedupe.Verdict;
import org.warta.stories.StoryCandidate;
import org.warta.stories.StoryClusterer;
import org.warta.stories.StoryMembership;
import org.warta.stories.StorySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta stories --eval <docs.jsonl> --out clusters.tsv}: streams an evaluation set (the
 * {@code shared/bench/clustering} layout) in file order through the product's incremental code,
 * duplicate detection first ({@link DuplicateDetector}: a copy joins the story of the article it
 * copies, as in the product) then story clustering ({@link StoryClusterer}), and writes {@code
 * id<TAB>story} per document for {@code cluster-eval/score.py}, printing the throughput. Articles
 * without a date take the previous article's time (file order is stream order).
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster an evaluation set into stories, streaming it in file order (dedupe, then stories).",
      "Input: JSON lines {\"id\",\"date\",\"lang\",\"title\",\"text\",\"url\",\"source\"};"
          + " output: id<TAB>story per line."
    })
public final class StoriesCommand implements Callable<Integer> {
  @Option(
      names = "--eval",
      required = true,
      paramLabel = "<docs.jsonl>",
      description = "The documents, one JSON object per line, in stream order")
  Path eval;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<clusters.tsv>",
      description = "Where to write id<TAB>story")
  Path out;

  private final Console console = Console.system();

  /** One document of the set. */
  private record Doc(String id, StoryCandidate candidate, String url) {}

  @Override
  public Integer call() {
    List<Doc> docs = read(eval);
    DuplicateDetector dedupe = DuplicateDetector.create();
    StoryClusterer stories = StoryClusterer.create(StorySettings.defaults(), 1);
    StoryMembership membership = new StoryMembership();
    long dedupeNanos = 0;
    long storyNanos = 0;
    int copies = 0;
    for (Doc d : docs) {
      StoryCandidate c = d.candidate();
      long t0 = System.nanoTime();
      Verdict v =
          dedupe.add(
              Candidate.of(
                  c.article(), CanonicalUrl.of(d.url()), c.title(), c.text(), c.published()));
      long t1 = System.nanoTime();
      Optional<ArticleId> original =
          v.isDuplicate()
              ? v.matched().filter(m -> membership.storyOf(m).isPresent())
              : Optional.empty();
      if (original.isPresent()) {
        membership.follow(c.article(), original.get());
        copies++;
      } else {
        membership.apply(stories.assign(c));
      }
      dedupeNanos += t1 - t0;
      storyNanos += System.nanoTime() - t1;
    }
    write(docs, membership);
    double seconds = (dedupeNanos + storyNanos) / 1e9;
    console.println(
        String.format(
            Locale.ROOT,
            "stories: %d articles (%d copies joined their original's story) in %.3f s = %.0f"
                + " articles/s (dedupe %.3f s, stories %.3f s); %d live stories, ~%d KB of story"
                + " state -> %s",
            docs.size(),
            copies,
            seconds,
            docs.size() / Math.max(seconds, 1e-9),
            dedupeNanos / 1e9,
            storyNanos / 1e9,
            stories.liveStories(),
            stories.approximateBytes() / 1024,
            out));
    return 0;
  }

  private List<Doc> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          "no such file: " + file + " (give a docs.jsonl as in shared/bench/clustering)");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Long> sources = new HashMap<>();
    List<Doc> docs = new ArrayList<>();
    Instant last = Instant.EPOCH;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(lines.get(i));
        Doc d = doc(n, docs.size() + 1, last, sources);
        last = d.candidate().published();
        docs.add(d);
      } catch (IOException | RuntimeException e) {
        throw new UserError(
            file + " line " + (i + 1) + ": not a document (" + e.getMessage() + ")", e);
      }
    }
    return docs;
  }

  private static Doc doc(JsonNode n, long seq, Instant previous, Map<String, Long> sources) {
    String id = text(n, "id").orElseThrow(() -> new IllegalArgumentException("no \"id\""));
    Optional<String> url = text(n, "url");
    String source = text(n, "source").or(() -> url.map(u -> host(u))).orElse("unknown");
    Instant time = text(n, "date").map(t -> OffsetDateTime.parse(t).toInstant()).orElse(previous);
    StoryCandidate c =
        StoryCandidate.of(
            new ArticleId(seq),
            new SourceId(sources.computeIfAbsent(source, k -> sources.size() + 1L)),
            Language.of(text(n, "lang").orElse("und")),
            text(n, "title").orElse(""),
            text(n, "text").orElse(""),
            time);
    return new Doc(
        id, c, url.filter(u -> u.startsWith("http")).orElse("https://eval.example/" + seq));
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "unknown" : h;
    } catch (IllegalArgumentException e) {
      return "unknown";
    }
  }

  private void write(List<Doc> docs, StoryMembership membership) {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("id\tstory\n");
      for (Doc d : docs) {
        w.write(d.id() + "\t" + membership.storyOf(d.candidate().article()).orElseThrow() + "\n");
      }
    } catch (IOException e) {
      throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
