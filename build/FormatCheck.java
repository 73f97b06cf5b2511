import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build's formatter gate: google-java-format over every module's Java sources.
 *
 * <p>Run by Maven (root pom, {@code exec:exec} on the JDK 25 toolchain) as {@code java -cp gjf.jar
 * build/FormatCheck.java check|apply <root> [sub-folder]}; {@code check} lists files that are not formatted and
 * fails, {@code apply} rewrites them. It runs on the toolchain JDK rather than inside Maven because
 * google-java-format parses with the javac of the JVM it runs on, and Maven may run on JDK 17.
 */
public final class FormatCheck {
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !(args[0].equals("check") || args[0].equals("apply"))) {
      System.err.println("usage: FormatCheck check|apply <project-root> [sub-folder]");
      System.exit(2);
    }
    boolean apply = args[0].equals("apply");
    Path root = Path.of(args[1]);
    Path start = args.length > 2 && !args[2].isBlank() ? root.resolve(args[2]) : root;
    Formatter formatter = new Formatter();
    List<Path> unformatted = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(start)) {
      sources =
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/"))
              .filter(p -> !p.toString().contains("/target/"))
              .sorted()
              .toList();
    }
    int failures = 0;
    for (Path file : sources) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      String formatted;
      try {
        formatted = formatter.formatSourceAndFixImports(source);
      } catch (FormatterException e) {
        System.err.println(root.relativize(file) + ": cannot be parsed: " + e.getMessage());
        failures++;
        continue;
      }
      if (!formatted.equals(source)) {
        if (apply) {
          Files.writeString(file, formatted, StandardCharsets.UTF_8);
        }
        unformatted.add(root.relativize(file));
      }
    }
    if (apply) {
      System.out.println("formatted " + unformatted.size() + " of " + sources.size() + " files");
    } else if (!unformatted.isEmpty()) {
      System.err.println(
          unformatted.size() + " files are not formatted (google-java-format); fix with: "
              + "mvn -N validate -Dwarta.format=apply [-Dwarta.format.path=<module>]");
      unformatted.forEach(p -> System.err.println("  " + p));
      failures++;
    } else {
      System.out.println("format check: " + sources.size() + " files formatted");
    }
    System.exit(failures == 0 ? 0 : 1);
  }
}
