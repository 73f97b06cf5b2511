package org.warta.cli;

import java.util.List;
import org.warta.core.ArticleId;
import org.warta.core.StoredArticle;
import org.warta.search.SearchQuery;
import org.warta.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta search <q>}: full-text search from the command line. */
@Command(
    name = "search",
    description = "Search the stored articles; prints id, time, source and title.")
public final class SearchCommand extends WartaSubcommand {
  @Parameters(arity = "1..*", paramLabel = "<words>", description = "Words to search for")
  List<String> words = List.of();

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Hits to print (default ${DEFAULT-VALUE})")
  int limit;

  @Override
  protected int run(App app) {
    if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
      throw new UserError("--limit must be between 1 and " + SearchQuery.MAX_LIMIT);
    }
    SearchResults results = app.index().search(SearchQuery.of(String.join(" ", words), limit));
    List<ArticleId> ids = results.hits().stream().map(SearchResults.Hit::id).toList();
    for (StoredArticle a : app.store().articles().findAll(ids)) {
      console.println(
          a.id()
              + "\t"
              + a.article().sortTime()
              + "\t"
              + a.article().siteName()
              + "\t"
              + a.article().title());
    }
    console.info(results.total() + " matching articles");
    return 0;
  }
}
