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
 * The build's formatter gate: google-java-format over one module's Java sources.
 *
 * <p>Run by Maven in every module ({@code exec:exec} on the JDK 25 toolchain, phase
 * process-sources) as {@code java -cp gjf.jar build/FormatCheck.java <mode> <src-dir>}: {@code
 * check} lists the files that are not formatted and fails, {@code warn} only lists them, {@code
 * auto} (the default) is {@code check} under {@code CI=true} and {@code warn} elsewhere so that
 * work in progress still builds, {@code apply} rewrites the files, {@code skip} does nothing. It runs on the toolchain JDK rather than inside Maven because
 * google-java-format parses with the javac of the JVM it runs on, and Maven may run on JDK 17.
 */
public final class FormatCheck {
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !List.of("auto", "check", "warn", "apply", "skip").contains(args[0])) {
      System.err.println("usage: FormatCheck auto|check|warn|apply|skip <source-folder>");
      System.exit(2);
    }
    String mode = args[0];
    if (mode.equals("auto")) {
      mode = "true".equalsIgnoreCase(System.getenv("CI")) ? "check" : "warn";
    }
    Path start = Path.of(args[1]);
    if (mode.equals("skip") || !Files.isDirectory(start)) {
      return;
    }
    boolean apply = mode.equals("apply");
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(start)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Formatter formatter = new Formatter();
    List<Path> unformatted = new ArrayList<>();
    int unparsable = 0;
    for (Path file : sources) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      try {
        String formatted = formatter.formatSourceAndFixImports(source);
        if (!formatted.equals(source)) {
          if (apply) {
            Files.writeString(file, formatted, StandardCharsets.UTF_8);
          }
          unformatted.add(file);
        }
      } catch (FormatterException e) {
        System.err.println(file + ": cannot be parsed: " + e.getMessage());
        unparsable++;
      }
    }
    if (apply) {
      System.out.println("formatted " + unformatted.size() + " of " + sources.size() + " files");
    } else if (!unformatted.isEmpty()) {
      System.err.println(
          unformatted.size()
              + " files are not formatted (google-java-format); fix with:"
              + " mvn process-sources -Dwarta.format=apply -pl <module>");
      unformatted.forEach(p -> System.err.println("  " + p));
    }
    boolean failed = unparsable > 0 || (mode.equals("check") && !unformatted.isEmpty());
    System.exit(failed ? 1 : 0);
  }
}
