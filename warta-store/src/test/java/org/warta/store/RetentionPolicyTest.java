package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ages and sizes as operators write them in settings and on the command line. */
class RetentionPolicyTest {
  @Test
  void readsAges() {
    assertThat(RetentionPolicy.parseAge("90d")).isEqualTo(Duration.ofDays(90));
    assertThat(RetentionPolicy.parseAge(" 12H ")).isEqualTo(Duration.ofHours(12));
    assertThat(RetentionPolicy.parseAge("2w")).isEqualTo(Duration.ofDays(14));
    assertThat(RetentionPolicy.parseAge("30m")).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void readsSizesInPowersOf1024() {
    assertThat(RetentionPolicy.parseSize("5GB")).isEqualTo(5L << 30);
    assertThat(RetentionPolicy.parseSize("1.5g")).isEqualTo(3L << 29);
    assertThat(RetentionPolicy.parseSize("500 MiB")).isEqualTo(500L << 20);
    assertThat(RetentionPolicy.parseSize("1234")).isEqualTo(1234);
  }

  @Test
  void rejectsWhatIsNoAgeOrSizeNamingTheText() {
    assertThatThrownBy(() -> RetentionPolicy.parseAge("90 days")).hasMessageContaining("'90 days'");
    assertThatThrownBy(() -> RetentionPolicy.parseAge("0d")).hasMessageContaining("positive");
    assertThatThrownBy(() -> RetentionPolicy.parseSize("lots")).hasMessageContaining("'lots'");
  }
}
