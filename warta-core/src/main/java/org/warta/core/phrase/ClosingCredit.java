package org.warta.core.phrase;

import java.util.Optional;
import org.warta.core.WireCredit;

/**
 * The credit that closes a news paragraph, as Indonesian and wire copy prints it: "(AFP/Z-3)",
 * "(ant)", "(wun/jcr)", "(Antara/Budi)". It is not article text: extraction removes it from the
 * body, dedupe ignores it when comparing copies.
 *
 * @param printed the credit as printed, without the parentheses ({@code AFP/Z-3})
 * @param start where the credit (its opening parenthesis) starts in the paragraph; the text before
 *     it, stripped, is the paragraph without the credit
 * @param agency the news agency it names, when it names one ({@code AFP}); initials of reporters
 *     and editors ({@code wun/jcr}) name none
 */
public record ClosingCredit(String printed, int start, Optional<WireCredit> agency) {}
