package org.warta.sample.publisher;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.util.Map;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;

/**
 * A fictional publisher of the sample: its site on an {@code .example} host, the language and time
 * zone it publishes in, the template its pages use and the feed it serves.
 *
 * @param key short name used in content files ({@code kabarnusa})
 * @param zoneLabel the zone as printed on its pages ({@code WIB}, {@code Wita}, {@code SGT})
 * @param template key of the page template ({@code org.warta.sample.template.Templates})
 * @param articlePath article path pattern with {@code {section} {yyyy} {MM} {dd} {slug} {id}}
 * @param sectionPath section page path pattern with {@code {section}}
 * @param imageUrl lead image URL pattern (absolute), same placeholders as articlePath
 * @param idBase first article number
 * @param sections section key to printed section name, in navigation order
 * @param feedTracking query appended to article links in the feed, or empty
 * @param charset what its HTML pages are encoded in (and declare)
 * @param server the Server header its responses carry
 * @param validators cache validators its pages carry: {@code etag}, {@code last-modified}
 */
public record Publisher(
    String key,
    String name,
    String host,
    Language language,
    ZoneOffset offset,
    String zoneLabel,
    String template,
    FeedFormat feedFormat,
    String feedPath,
    DisplayPolicy display,
    String articlePath,
    String sectionPath,
    String imageUrl,
    long idBase,
    Map<String, String> sections,
    String feedTracking,
    Charset charset,
    String tagline,
    String server,
    java.util.Set<String> validators) {

  public Publisher {
    sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
    validators = java.util.Set.copyOf(validators);
    if (!host.endsWith(".example")) {
      throw new IllegalArgumentException("sample hosts must end in .example, got " + host);
    }
  }

  /** The home page URL. */
  public URI home() {
    return URI.create("https://" + host + "/");
  }

  /** The feed URL. */
  public URI feedUrl() {
    return home().resolve(feedPath);
  }

  /** The URL of a section page. */
  public URI sectionUrl(String section) {
    return home().resolve(sectionPath.replace("{section}", section));
  }

  /** The printed name of a section; fails when the publisher has no such section. */
  public String sectionName(String section) {
    String name = sections.get(section);
    if (name == null) {
      throw new IllegalArgumentException(key + " has no section '" + section + "'");
    }
    return name;
  }
}
