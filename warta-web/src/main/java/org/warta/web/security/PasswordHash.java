package org.warta.web.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK (RFC 8018 section 5.2) at 600,000
 * iterations, the OWASP Password Storage Cheat Sheet's figure for this function, with a 16-byte
 * random salt and a 32-byte key. Hashes are self-describing, {@code
 * pbkdf2-sha256$<iterations>$<salt>$<key>} (base64 without padding), so the cost can be raised
 * later while old hashes still verify.
 */
public final class PasswordHash {
  /** The iteration count for new hashes. */
  public static final int ITERATIONS = 600_000;

  /** Shorter passwords are refused. */
  public static final int MIN_LENGTH = 10;

  /** Longer passwords are refused (PBKDF2 hashes the password once per iteration block). */
  public static final int MAX_LENGTH = 1024;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /** Why a password is refused, or empty when it is acceptable. */
  public static String problem(char[] password) {
    if (password.length < MIN_LENGTH) {
      return "the password must have at least " + MIN_LENGTH + " characters";
    }
    if (password.length > MAX_LENGTH) {
      return "the password must have at most " + MAX_LENGTH + " characters";
    }
    return "";
  }

  /** A new hash of {@code password} with a fresh salt. */
  public static String hash(char[] password) {
    String problem = problem(password);
    if (!problem.isEmpty()) {
      throw new IllegalArgumentException(problem);
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + ITERATIONS
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(key);
  }

  /** Whether {@code password} matches {@code stored}; false for any malformed hash. */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX) || password.length > MAX_LENGTH) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      if (iterations < 1 || iterations > 10_000_000) {
        return false;
      }
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(derive(password, salt, iterations), expected);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }
}
