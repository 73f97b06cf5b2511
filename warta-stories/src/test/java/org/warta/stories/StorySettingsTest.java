package org.warta.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StorySettingsTest {

  @Test
  void everyValueCanBeReadBackByName() {
    StorySettings d = StorySettings.defaults();
    StorySettings copy = d;
    for (var e : d.values().entrySet()) {
      copy = copy.with(e.getKey(), e.getValue());
    }
    assertThat(copy).isEqualTo(d);
    assertThat(d.with("window", "P3D").window()).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void unknownNamesAndBadValuesSayWhatIsWrong() {
    StorySettings d = StorySettings.defaults();
    assertThatThrownBy(() -> d.with("joinTreshold", "0.2"))
        .hasMessageContaining("unknown story setting 'joinTreshold'")
        .hasMessageContaining("joinThreshold");
    assertThatThrownBy(() -> d.with("joinThreshold", "high"))
        .hasMessageContaining("cannot read 'high'");
    assertThatThrownBy(() -> d.with("joinThreshold", "1.5")).hasMessageContaining("within 0..1");
    assertThatThrownBy(() -> d.with("mergeSilhouette", "0.5"))
        .hasMessageContaining("must be below splitSilhouette");
  }
}
