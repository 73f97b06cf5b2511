package org.warta.langid.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.warta.core.Language;

/**
 * The model file, gzip-compressed, so that loading is a copy rather than a parse:
 *
 * <pre>
 * "WLID" u8 version
 * u16 comment count, then per comment u16 length + UTF-8 bytes   (provenance)
 * u8 language count, then per language: code and UnicodeScript name, each u16 length + UTF-8
 * u32 entry count n
 * n varints: the sorted keys as deltas from the previous key (the first from Integer.MIN_VALUE)
 * n bytes: each entry's language index
 * n bytes: each entry's quantum
 * </pre>
 */
public final class ModelFile {
  /** Class-path location of the model that {@code LanguageDetector.standard()} loads. */
  public static final String RESOURCE = "/org/warta/langid/model/ngrams.bin.gz";

  private static final byte[] MAGIC = "WLID".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;

  private ModelFile() {}

  /** Packs the tables into a model and writes it, preceded by comments (provenance). */
  public static void write(List<LanguageTable> tables, List<String> comments, OutputStream out)
      throws IOException {
    NgramModelBuilder builder = new NgramModelBuilder();
    for (LanguageTable table : tables) {
      int index = builder.language(table.language());
      for (Map<String, Integer> order : table.orders()) {
        order.forEach((ngram, quantum) -> builder.add(index, ngram, quantum));
      }
    }
    write(builder.build(), comments, out);
  }

  /** Writes a model; the stream is finished but not closed. */
  public static void write(NgramModel model, List<String> comments, OutputStream out)
      throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(gzip);
    d.write(MAGIC);
    d.writeByte(VERSION);
    d.writeShort(comments.size());
    for (String c : comments) {
      writeString(d, c);
    }
    d.writeByte(model.languages().size());
    for (ModelLanguage l : model.languages()) {
      writeString(d, l.language().code());
      writeString(d, l.script().name());
    }
    int[] keys = model.keys();
    short[] entries = model.entries();
    d.writeInt(keys.length);
    ByteArrayOutputStream varints = new ByteArrayOutputStream(keys.length * 3);
    long previous = Integer.MIN_VALUE;
    for (int key : keys) {
      writeVarint(varints, key - previous);
      previous = key;
    }
    varints.writeTo(d);
    for (short e : entries) {
      d.writeByte(e >>> 8);
    }
    for (short e : entries) {
      d.writeByte(e);
    }
    d.flush();
    gzip.finish();
  }

  /** Reads a model written by {@link #write}; the stream is not closed. */
  public static NgramModel read(InputStream gzipped) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(new GZIPInputStream(gzipped, 1 << 16).readAllBytes());
    try {
      byte[] magic = new byte[MAGIC.length];
      b.get(magic);
      int version = b.get();
      if (!Arrays.equals(magic, MAGIC) || version != VERSION) {
        throw new IOException("not a warta-langid model file of version " + VERSION);
      }
      int comments = b.getShort() & 0xFFFF;
      for (int i = 0; i < comments; i++) {
        readString(b);
      }
      int count = b.get() & 0xFF;
      List<ModelLanguage> languages = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Language language = new Language(readString(b));
        languages.add(new ModelLanguage(language, UnicodeScript.valueOf(readString(b))));
      }
      return readEntries(b, languages);
    } catch (RuntimeException e) {
      throw new IOException("corrupt warta-langid model file: " + e, e);
    }
  }

  private static NgramModel readEntries(ByteBuffer b, List<ModelLanguage> languages) {
    int n = b.getInt();
    int[] keys = new int[n];
    long key = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      key += readVarint(b);
      keys[i] = (int) key;
    }
    byte[] language = new byte[n];
    byte[] quantum = new byte[n];
    b.get(language);
    b.get(quantum);
    short[] entries = new short[n];
    for (int i = 0; i < n; i++) {
      if ((language[i] & 0xFF) >= languages.size()) {
        throw new IllegalArgumentException("entry " + i + " names an undeclared language");
      }
      entries[i] = (short) (((language[i] & 0xFF) << 8) | (quantum[i] & 0xFF));
    }
    return new NgramModel(languages, keys, entries);
  }

  private static void writeString(DataOutputStream d, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    d.writeShort(bytes.length);
    d.write(bytes);
  }

  private static String readString(ByteBuffer b) {
    byte[] bytes = new byte[b.getShort() & 0xFFFF];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while (v >= 0x80) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static long readVarint(ByteBuffer b) {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      int byt = b.get();
      value |= (long) (byt & 0x7F) << shift;
      if ((byt & 0x80) == 0) {
        return value;
      }
      if (shift > 35) {
        throw new IllegalArgumentException("varint too long");
      }
    }
  }

  /** Loads the model on the class path at {@link #RESOURCE}. */
  public static NgramModel standard() {
    try (InputStream in = ModelFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "language model "
                + RESOURCE
                + " is missing from the class path: rebuild warta-langid"
                + " (see warta-langid/README.md, train/train-model.sh)");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + RESOURCE, e);
    }
  }
}
