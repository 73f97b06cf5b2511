package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help} reads as written: picocli formats description lines as format
 * strings, so a bare {@code %} makes it print a warning and the raw text instead.
 */
class HelpTextTest {
  @Test
  void everyDescriptionIsAValidFormatString() {
    List<String> lines = new ArrayList<>();
    collect(WartaCommand.commandLine().getCommandSpec(), lines);
    assertThat(lines).hasSizeGreaterThan(100);
    for (String line : lines) {
      assertThatCode(() -> String.format(Locale.ROOT, line)).as(line).doesNotThrowAnyException();
    }
  }

  private static void collect(CommandSpec spec, List<String> out) {
    out.addAll(List.of(spec.usageMessage().description()));
    spec.options().forEach(o -> out.addAll(List.of(o.description())));
    spec.positionalParameters().forEach(p -> out.addAll(List.of(p.description())));
    for (CommandLine sub : spec.subcommands().values()) {
      collect(sub.getCommandSpec(), out);
    }
  }
}
