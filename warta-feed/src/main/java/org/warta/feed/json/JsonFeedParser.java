package org.warta.feed.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.feed.FeedException;
import org.warta.feed.FeedException.Problem;

/**
 * Reads JSON Feed 1.0 and 1.1 documents with Jackson's tree model, bounded in nesting depth and
 * string length. A JSON document whose {@code version} is not a jsonfeed.org URL is not a feed.
 */
public final class JsonFeedParser {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(8_000_000)
                      .build())
              .build());

  private JsonFeedParser() {}

  /**
   * The document in the bytes.
   *
   * @throws FeedException {@link Problem#MALFORMED} for broken JSON, {@link Problem#NOT_A_FEED} for
   *     JSON that is no JSON Feed
   */
  public static JsonFeedDocument parse(byte[] body, URI url) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : "line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ": ";
      throw new FeedException(Problem.MALFORMED, url, where + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FeedException(Problem.MALFORMED, url, String.valueOf(e.getMessage()), e);
    }
    String version = text(root, "version");
    if (root == null
        || !root.isObject()
        || !version.toLowerCase(Locale.ROOT).contains("jsonfeed.org/version/")) {
      throw new FeedException(Problem.NOT_A_FEED, url, "JSON without a jsonfeed.org version");
    }
    List<JsonFeedItem> items = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      if (item.isObject()) {
        items.add(item(item));
      }
    }
    return new JsonFeedDocument(
        version,
        text(root, "title"),
        text(root, "home_page_url"),
        text(root, "feed_url"),
        text(root, "description"),
        text(root, "language"),
        hubs(root),
        items);
  }

  private static JsonFeedItem item(JsonNode item) {
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : item.path("tags")) {
      if (tag.isTextual() && !tag.asText().isBlank()) {
        tags.add(tag.asText().strip());
      }
    }
    return new JsonFeedItem(
        item.path("id").isNumber() ? item.path("id").asText() : text(item, "id"),
        text(item, "url"),
        text(item, "external_url"),
        text(item, "title"),
        text(item, "content_html"),
        text(item, "content_text"),
        text(item, "summary"),
        text(item, "image"),
        text(item, "banner_image"),
        text(item, "date_published"),
        text(item, "date_modified"),
        authors(item),
        tags,
        text(item, "language"));
  }

  private static List<String> authors(JsonNode item) {
    List<String> names = new ArrayList<>(1);
    for (JsonNode author : item.path("authors")) {
      String name = text(author, "name");
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    String single = text(item.path("author"), "name");
    if (names.isEmpty() && !single.isEmpty()) {
      names.add(single);
    }
    return names;
  }

  private static List<String> hubs(JsonNode root) {
    List<String> hubs = new ArrayList<>(1);
    for (JsonNode hub : root.path("hubs")) {
      if (text(hub, "type").equalsIgnoreCase("websub") && !text(hub, "url").isEmpty()) {
        hubs.add(text(hub, "url"));
      }
    }
    return hubs;
  }

  private static String text(JsonNode node, String field) {
    if (node == null) {
      return "";
    }
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText().strip() : "";
  }
}
