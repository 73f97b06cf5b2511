package org.warta.sample.feed;

import static org.warta.sample.template.Html.json;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;
import org.warta.sample.template.Dates;

/** Writes a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), two-space indented. */
final class JsonFeed {
  private JsonFeed() {}

  static String render(Publisher p, List<PlannedArticle> items) {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"version\": \"https://jsonfeed.org/version/1.1\",\n");
    sb.append("  \"title\": ").append(json(p.name())).append(",\n");
    sb.append("  \"home_page_url\": ").append(json(p.home().toString())).append(",\n");
    sb.append("  \"feed_url\": ").append(json(p.feedUrl().toString())).append(",\n");
    sb.append("  \"description\": ").append(json(p.tagline())).append(",\n");
    sb.append("  \"language\": ").append(json(p.language().code())).append(",\n");
    sb.append("  \"items\": [");
    for (int i = 0; i < items.size(); i++) {
      PlannedArticle a = items.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\n");
      sb.append("      \"id\": ").append(json(Long.toString(a.number()))).append(",\n");
      sb.append("      \"url\": ").append(json(FeedLinks.of(a).toString())).append(",\n");
      sb.append("      \"title\": ").append(json(a.title())).append(",\n");
      sb.append("      \"summary\": ").append(json(a.description())).append(",\n");
      sb.append("      \"image\": ").append(json(a.image().toString())).append(",\n");
      sb.append("      \"date_published\": ").append(json(Dates.iso(a.published()))).append(",\n");
      sb.append("      \"date_modified\": ").append(json(Dates.iso(a.modified()))).append(",\n");
      if (!a.author().isEmpty()) {
        sb.append("      \"authors\": [{\"name\": ").append(json(a.author())).append("}],\n");
      }
      sb.append("      \"tags\": [").append(json(p.sectionName(a.section()))).append("]\n");
      sb.append("    }");
    }
    return sb.append("\n  ]\n}\n").toString();
  }
}
