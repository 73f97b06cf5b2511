package org.warta.cli;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.pipeline.setup.SourceAdmin;
import org.warta.pipeline.setup.SourceDetails;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.store.UrlPatternStat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code warta sources show|remove|pause|resume|dedupe <id-or-url>}: one source's whole status, and
 * the changes a user makes to it. The logic lives in {@link SourceAdmin}.
 */
final class SourcesManageCommands {
  private SourcesManageCommands() {}

  /** The source a command is about, by id or URL. */
  abstract static class OneSource extends WartaSubcommand {
    @Parameters(paramLabel = "<id-or-url>", description = "Source id (see 'sources list') or URL")
    String source = "";

    Source find(SourceAdmin admin) {
      try {
        return admin.find(source);
      } catch (SourceSetup.SetupException e) {
        throw new UserError(e.getMessage(), e);
      }
    }
  }

  /** {@code warta sources show <id-or-url>}. */
  @Command(
      name = "show",
      description =
          "Show a source: kind, URLs, state, last and next fetch, last error, failures in a row,"
              + " Retry-After or backoff hold, polling hint, folders, learned URL patterns,"
              + " WebSub.")
  static final class Show extends OneSource {
    @Override
    protected int run(App app) {
      SourceAdmin admin = app.sourceAdmin();
      SourceDetails d = admin.show(find(admin));
      source(d);
      polling(d);
      learned(d);
      return 0;
    }

    private void source(SourceDetails d) {
      Source s = d.source();
      line("id", s.id().toString());
      line("name", s.name());
      line("kind", s.kind().name().toLowerCase(Locale.ROOT));
      line("url", s.url().toString());
      line("home", s.homeUrl().toString());
      line("language", s.language().code());
      line("dedupe", s.groupCopies() ? "on" : "off (copies kept apart)");
      line(
          "state",
          s.paused() ? "paused (resume with 'warta sources resume " + s.id() + "')" : "active");
      line("folders", String.join(" / ", d.folders()));
      line("articles", Long.toString(d.status().articleCount()));
    }

    private void polling(SourceDetails d) {
      line("last fetch", time(d.status().lastFetch()));
      line(
          "next fetch",
          d.source().kind().isPolled() ? time(d.status().nextFetch()) : "never (not polled)");
      line("last error", d.status().lastError());
      line("failures", d.status().consecutiveFailures() + " in a row");
      d.urlState()
          .ifPresent(
              u ->
                  line(
                      "url state",
                      "last status "
                          + u.lastStatus()
                          + u.notBefore()
                              .map(t -> ", held (" + u.hold() + ") until " + t)
                              .orElse("")));
      d.pollHint()
          .ifPresent(
              h ->
                  line(
                      "poll hint",
                      "publisher asks for at most one poll per " + h.toMinutes() + " min"));
    }

    private void learned(SourceDetails d) {
      for (UrlPatternStat p : d.patterns()) {
        line(
            "url pattern",
            p.template()
                + ": listed "
                + p.listed()
                + ", articles "
                + p.articles()
                + ", not articles "
                + p.misses());
      }
      d.webSub()
          .ifPresent(
              w ->
                  line(
                      "websub",
                      w.state().name().toLowerCase(Locale.ROOT)
                          + " at "
                          + w.hub()
                          + w.leaseUntil().map(t -> ", lease until " + t).orElse("")
                          + (w.lastError().isEmpty() ? "" : " - " + w.lastError())));
    }

    private void line(String key, String value) {
      console.println(String.format(Locale.ROOT, "%-12s %s", key, value));
    }

    private static String time(Optional<Instant> t) {
      return t.map(Instant::toString).orElse("never");
    }
  }

  /** {@code warta sources remove <id-or-url>}. */
  @Command(name = "remove", description = "Remove a source and its articles.")
  static final class Remove extends OneSource {
    @Override
    protected int run(App app) {
      SourceAdmin admin = app.sourceAdmin();
      Source s = find(admin);
      long articles = admin.remove(s);
      app.indexSync().catchUp();
      console.println(
          "removed source " + s.id() + " '" + s.name() + "' and its " + articles + " articles");
      return 0;
    }
  }

  /** {@code warta sources pause <id-or-url>}. */
  @Command(name = "pause", description = "Stop polling a source (its articles stay).")
  static final class Pause extends OneSource {
    @Override
    protected int run(App app) {
      SourceAdmin admin = app.sourceAdmin();
      Source s = find(admin);
      admin.pause(s);
      console.println("paused source " + s.id() + " '" + s.name() + "'");
      return 0;
    }
  }

  /** {@code warta sources resume <id-or-url>}. */
  @Command(
      name = "resume",
      description = "Poll a paused source again, now, with its failure count cleared.")
  static final class Resume extends OneSource {
    @Override
    protected int run(App app) {
      SourceAdmin admin = app.sourceAdmin();
      Source s = find(admin);
      admin.resume(s);
      console.println(
          "resumed source " + s.id() + " '" + s.name() + "'; it is polled at the next round");
      return 0;
    }
  }

  /** {@code warta sources dedupe <id-or-url> on|off}: the per-source dedupe opt-out. */
  @Command(
      name = "dedupe",
      description =
          "Turn duplicate detection for a source on (default: its copies are grouped and the"
              + " original credited) or off (its articles stay apart); applies to articles ingested"
              + " from then on, within 30 s in a running serve.")
  static final class Dedupe extends OneSource {
    @Parameters(index = "1", paramLabel = "on|off", description = "on or off")
    String state = "";

    @Override
    protected int run(App app) {
      boolean on =
          switch (state.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UserError("expected on or off, not '" + state + "'", null);
          };
      Source s = find(app.sourceAdmin());
      app.store().sources().setGroupCopies(s.id(), on);
      console.println(
          "dedupe "
              + (on ? "on" : "off")
              + " for source "
              + s.id()
              + " '"
              + s.name()
              + "'"
              + (on ? "" : ": its new articles are kept apart from their copies"));
      return 0;
    }
  }
}
