package org.warta.extract.charset;

import java.nio.charset.Charset;

/**
 * Page text decoded from bytes, with the charset used and how it was chosen ({@code bom}, {@code
 * http-header}, {@code meta}, {@code xml-declaration}, {@code sniffed-utf-8}, {@code default}).
 */
public record DecodedPage(String text, Charset charset, String how) {}
