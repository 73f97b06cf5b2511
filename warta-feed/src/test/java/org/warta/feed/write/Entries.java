package org.warta.feed.write;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.warta.core.Image;
import org.warta.core.Language;

/** A fictional outgoing feed that exercises every field of the writers. */
final class Entries {
  private Entries() {}

  static OutgoingFeed sample() {
    OutgoingEntry withAll =
        new OutgoingEntry(
            "https://warta.example/article/101",
            "Banjir Rob & \"Pasang\" <Tinggi>",
            URI.create("https://kabar.example/read/2026/03/02/101/banjir-rob"),
            Optional.of(OffsetDateTime.of(2026, 3, 2, 13, 45, 0, 0, ZoneOffset.ofHours(7))),
            Optional.of(OffsetDateTime.of(2026, 3, 2, 15, 0, 0, 0, ZoneOffset.ofHours(7))),
            "<p>Air laut pasang merendam <b>tiga kelurahan</b>.</p>",
            "<p>Air laut pasang merendam tiga kelurahan.</p><p>Warga mengungsi ]]> ke balai"
                + " desa.</p>",
            List.of("Rina Wulandari", "Andi"),
            List.of("Nasional", "Lingkungan"),
            Optional.of(
                new Image(
                    URI.create("https://img.kabar.example/banjir.jpg"),
                    "Warga menyeberangi genangan.",
                    "Kabar/Andi",
                    "Genangan")));
    OutgoingEntry minimal =
        new OutgoingEntry(
            "warta:story:7",
            "Harga Cabai Turun",
            URI.create("https://serambi.example/2026/03/01/cabai"),
            Optional.of(OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC)),
            Optional.empty(),
            "Harga cabai turun\u0001 di pasar induk 🌶.",
            "",
            List.of(),
            List.of(),
            Optional.empty());
    return new OutgoingFeed(
        "Warta — Terkini",
        "Berita terbaru dari semua sumber",
        URI.create("https://warta.example/latest.xml"),
        URI.create("https://warta.example/latest"),
        Language.INDONESIAN,
        Optional.empty(),
        List.of(withAll, minimal));
  }
}
