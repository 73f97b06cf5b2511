package org.warta.web.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** JSON-LD blocks cannot be closed or broken by article text. */
class JsonLdTest {
  @Property
  void anyTextStaysInsideTheBlockAndReadsBackUnchanged(@ForAll String text) throws Exception {
    String data = JsonLd.scriptData(Map.of("headline", text));
    assertThat(data).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(data).doesNotContain("\u2028").doesNotContain("\u2029");
    assertThat(new ObjectMapper().readTree(data).get("headline").asText()).isEqualTo(text);
  }
}
