package org.warta.langid.model;

import java.lang.Character.UnicodeScript;
import org.warta.core.Language;

/** A language the model knows, with the script its text is written in. */
public record ModelLanguage(Language language, UnicodeScript script) {}
