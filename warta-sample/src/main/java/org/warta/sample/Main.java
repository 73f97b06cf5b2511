package org.warta.sample;

import java.nio.file.Path;

/**
 * Rebuilds the sample corpus: {@code java org.warta.sample.Main <out-dir>} writes {@code
 * sample.warc.gz}, {@code publishers.tsv} and {@code answer-key.tsv} into the folder (normally
 * {@code warta-sample/src/main/resources/org/warta/sample/}) and prints one summary line.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println(
          "usage: java org.warta.sample.Main <out-dir>  (for example"
              + " warta-sample/src/main/resources/org/warta/sample/)");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Summary summary = SampleCorpus.generate(out);
    System.out.println("wrote " + out.toAbsolutePath().normalize() + ": " + summary);
  }
}
