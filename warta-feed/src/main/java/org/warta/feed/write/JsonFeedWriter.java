package org.warta.feed.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Writes JSON Feed 1.1 (jsonfeed.org/version/1.1): {@code content_html} is the content, else the
 * summary (the spec requires content_html or content_text); {@code summary} is the summary's text;
 * {@code authors} as objects with a name; {@code tags} from categories.
 */
final class JsonFeedWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonFeedWriter() {}

  static byte[] write(OutgoingFeed feed) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", "https://jsonfeed.org/version/1.1");
    root.put("title", feed.title());
    root.put("home_page_url", feed.homeLink().toString());
    root.put("feed_url", feed.selfLink().toString());
    if (!feed.description().isEmpty()) {
      root.put("description", feed.description());
    }
    if (feed.language().isDetermined()) {
      root.put("language", feed.language().code());
    }
    ArrayNode items = root.putArray("items");
    for (OutgoingEntry entry : feed.entries()) {
      item(items.addObject(), entry);
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void item(ObjectNode item, OutgoingEntry e) {
    item.put("id", e.id());
    item.put("url", e.link().toString());
    if (!e.title().isEmpty()) {
      item.put("title", e.title());
    }
    item.put("content_html", e.contentHtml().isEmpty() ? e.summaryHtml() : e.contentHtml());
    if (!e.summaryHtml().isEmpty()) {
      item.put("summary", org.warta.feed.PlainText.of(e.summaryHtml()));
    }
    e.image().ifPresent(image -> item.put("image", image.url().toString()));
    e.published().ifPresent(d -> item.put("date_published", AtomWriter.date(d)));
    e.updated().ifPresent(d -> item.put("date_modified", AtomWriter.date(d)));
    if (!e.authors().isEmpty()) {
      ArrayNode authors = item.putArray("authors");
      e.authors().forEach(a -> authors.addObject().put("name", a));
    }
    if (!e.categories().isEmpty()) {
      ArrayNode tags = item.putArray("tags");
      e.categories().forEach(tags::add);
    }
  }
}
