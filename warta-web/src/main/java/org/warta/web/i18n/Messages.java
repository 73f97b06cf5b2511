package org.warta.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The interface texts of one language, from {@code messages_<lang>.properties} (UTF-8). A missing
 * key shows as the key itself, so a forgotten translation is visible but never breaks a page.
 */
public final class Messages {
  private final Map<String, String> texts;

  private Messages(Map<String, String> texts) {
    this.texts = texts;
  }

  /** Loads the texts of {@code language} ({@code id} or {@code en}). */
  public static Messages load(String language) {
    String name = "messages_" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no interface texts for language '" + language + "'");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new java.util.HashMap<>();
      p.forEach((k, v) -> map.put(k.toString(), v.toString()));
      return new Messages(Map.copyOf(map));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The text for {@code key}, with {@code {0}}, {@code {1}}... replaced by the arguments. */
  public String get(String key, Object... args) {
    String text = texts.getOrDefault(key, key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Every key, for tests that check both languages have the same ones. */
  public java.util.Set<String> keys() {
    return texts.keySet();
  }
}
