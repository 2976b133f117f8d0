@NullMarked
package org.storyloom.cli;

import org.jspecify.annotations.NullMarked;
