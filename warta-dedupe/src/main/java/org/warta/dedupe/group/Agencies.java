package org.warta.dedupe.group;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warta.core.phrase.WireAgencies;

/**
 * Wire agencies as small numbers (1.. in the order of {@link WireAgencies#agencies()}, 0 for none),
 * so that the window stores one byte per article, and the agencies' own news sites ({@code
 * agency-sites.tsv} beside this class).
 */
public final class Agencies {
  private static final List<String> NAMES = WireAgencies.agencies();
  private static final Map<String, String> SITES = loadSites();

  private Agencies() {}

  /** The number of an agency name, 0 when it is not a known agency. */
  public static int number(String agency) {
    int i = NAMES.indexOf(agency);
    return i < 0 || i > 254 ? 0 : i + 1;
  }

  /** The agency with this number. */
  public static Optional<String> name(int number) {
    return number <= 0 || number > NAMES.size()
        ? Optional.empty()
        : Optional.of(NAMES.get(number - 1));
  }

  /** Whether {@code host} is (a subdomain of) the agency's own news site. */
  public static boolean isOutlet(String agency, String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : SITES.entrySet()) {
      if (e.getValue().equals(agency) && (h.equals(e.getKey()) || h.endsWith("." + e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> loadSites() {
    Map<String, String> sites = new HashMap<>();
    try (InputStream in = Agencies.class.getResourceAsStream("agency-sites.tsv")) {
      if (in == null) {
        throw new IllegalStateException("agency-sites.tsv missing from the warta-dedupe jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException("agency-sites.tsv: expected 'agency<TAB>sites': " + line);
        }
        for (String site : cols[1].split(",")) {
          sites.put(site.strip().toLowerCase(Locale.ROOT), cols[0].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading agency-sites.tsv", e);
    }
    return Map.copyOf(sites);
  }
}
