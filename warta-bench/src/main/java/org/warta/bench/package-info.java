/** JMH benchmarks, one sub-package per stage; see the module README for how to run them. */
@NullMarked
package org.warta.bench;

import org.jspecify.annotations.NullMarked;
