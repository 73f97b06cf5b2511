package org.warta.sample.template;

/** The page templates by key, as named in {@code publishers.txt}. */
public final class Templates {
  private Templates() {}

  /** The template with the given key; fails naming the key when there is none. */
  public static PageTemplate forKey(String key) {
    return switch (key) {
      case "kabarnusa" -> new KabarNusaTemplate();
      case "hariancakrawala" -> new CakrawalaTemplate();
      case "sekilaskini" -> new SekilasKiniTemplate();
      case "suaraborneo" -> new SuaraBorneoTemplate();
      case "lintas24" -> new Lintas24Template();
      case "kba" -> new KbaTemplate();
      case "bolaraya" -> new BolaRayaTemplate();
      case "jakartaledger" -> new JakartaLedgerTemplate();
      case "apdispatch" -> new ApDispatchTemplate();
      case "newspulse" -> new NewsPulseTemplate();
      default -> throw new IllegalArgumentException("no page template named '" + key + "'");
    };
  }
}
