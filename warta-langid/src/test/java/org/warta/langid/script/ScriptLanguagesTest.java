package org.warta.langid.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warta.core.Language;

class ScriptLanguagesTest {
  @Test
  void singleLanguageScriptsNameTheirLanguage() {
    assertThat(ScriptLanguages.of(ScriptHistogram.of("안녕하세요"))).contains(new Language("ko"));
    assertThat(ScriptLanguages.of(ScriptHistogram.of("สวัสดี"))).contains(new Language("th"));
    assertThat(ScriptLanguages.of(ScriptHistogram.of("Αθήνα"))).contains(new Language("el"));
    assertThat(ScriptLanguages.of(ScriptHistogram.of("ကမ္ဘာ"))).contains(new Language("my"));
  }

  @Test
  void kanaAmongHanIsJapaneseHanAloneIsChinese() {
    assertThat(ScriptLanguages.of(ScriptHistogram.of("東京都の人口"))).contains(new Language("ja"));
    assertThat(ScriptLanguages.of(ScriptHistogram.of("北京市的人口很多"))).contains(new Language("zh"));
  }

  @Test
  void sharedScriptsLeaveTheDecisionToTheModel() {
    assertThat(ScriptLanguages.of(ScriptHistogram.of("Jakarta"))).isEmpty();
    assertThat(ScriptLanguages.of(ScriptHistogram.of("Москва"))).isEmpty();
    assertThat(ScriptLanguages.of(ScriptHistogram.of("القاهرة"))).isEmpty();
    assertThat(ScriptLanguages.of(ScriptHistogram.of("123 !?"))).isEmpty();
  }

  @Test
  void theDominantScriptWins() {
    assertThat(ScriptHistogram.of("Berita dari Seoul (서울)").dominant())
        .contains(Character.UnicodeScript.LATIN);
  }
}
