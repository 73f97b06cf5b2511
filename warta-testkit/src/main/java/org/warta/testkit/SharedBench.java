package org.warta.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared evaluation data ({@code shared/bench}) beside the repository root, as CI lays it
 * out ({@code <repo>/../shared/bench}). Tests that need it call {@link #require(String)}: when the
 * data is missing the test is skipped with the reason, except under {@code CI=true}, where a
 * missing data set is a failure.
 */
public final class SharedBench {
  private SharedBench() {}

  /**
   * The repository root: the {@code warta.repo.root} property Maven sets, else the nearest parent
   * with a {@code .git} or root pom.
   */
  public static Path repoRoot() {
    String property = System.getProperty("warta.repo.root");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(".git")) || Files.isDirectory(p.resolve("warta-core"))) {
        return p;
      }
    }
    return dir;
  }

  /** {@code <repo>/../shared/bench}, whether or not it exists. */
  public static Path root() {
    return repoRoot().resolve("../shared/bench").normalize();
  }

  /**
   * The data set at {@code relative} under {@code shared/bench} (e.g. {@code
   * "extraction/scrapinghub"}); skips the calling test when it is absent outside CI and fails it
   * under {@code CI=true}.
   */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      String reason =
          "shared bench data not found at "
              + path
              + " (expected ../shared/bench beside the repository)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(reason + "; CI=true requires it");
      }
      Assumptions.abort(reason);
    }
    return path;
  }
}
