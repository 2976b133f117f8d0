@NullMarked
package org.storyloom.app;

import org.jspecify.annotations.NullMarked;
