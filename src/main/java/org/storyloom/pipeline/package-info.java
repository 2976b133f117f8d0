@NullMarked
package org.storyloom.pipeline;

import org.jspecify.annotations.NullMarked;
