package org.warta.pipeline.websub;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Hub-Signature} of WebSub content distribution (W3C WebSub, section 8): {@code
 * method=signature} where the signature is the hex HMAC of the body keyed with the subscription's
 * secret, and the method one of {@code sha1}, {@code sha256}, {@code sha384}, {@code sha512}.
 * Compared in constant time.
 */
public final class Signatures {
  private Signatures() {}

  /** Whether {@code header} is a valid signature of {@code body} under {@code secret}. */
  public static boolean valid(Optional<String> header, String secret, byte[] body) {
    if (header.isEmpty()) {
      return false;
    }
    String value = header.get().strip();
    int eq = value.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    Optional<String> algorithm = algorithm(value.substring(0, eq));
    byte[] given;
    try {
      given = HexFormat.of().parseHex(value.substring(eq + 1).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return algorithm.isPresent()
        && MessageDigest.isEqual(hmac(algorithm.get(), secret, body), given);
  }

  /** The header value a hub would send for {@code body}: {@code sha256=<hex>}. */
  public static String sign(String method, String secret, byte[] body) {
    String algorithm =
        algorithm(method)
            .orElseThrow(() -> new IllegalArgumentException("unknown signature method " + method));
    return method + "=" + HexFormat.of().formatHex(hmac(algorithm, secret, body));
  }

  private static Optional<String> algorithm(String method) {
    return switch (method.strip().toLowerCase(Locale.ROOT)) {
      case "sha1" -> Optional.of("HmacSHA1");
      case "sha256" -> Optional.of("HmacSHA256");
      case "sha384" -> Optional.of("HmacSHA384");
      case "sha512" -> Optional.of("HmacSHA512");
      default -> Optional.empty();
    };
  }

  private static byte[] hmac(String algorithm, String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      byte[] key = secret.getBytes(StandardCharsets.UTF_8);
      // HMAC pads short keys with zeros (RFC 2104), so an empty key equals the key {0}, which the
      // JDK accepts where it refuses an empty one
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }
}
