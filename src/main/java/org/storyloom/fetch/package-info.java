@NullMarked
package org.storyloom.fetch;

import org.jspecify.annotations.NullMarked;
