/**
 * The composition root: reads settings, wires the stages and stores together, and exposes every
 * operation as a {@code warta} subcommand (picocli).
 */
@NullMarked
package org.warta.cli;

import org.jspecify.annotations.NullMarked;
