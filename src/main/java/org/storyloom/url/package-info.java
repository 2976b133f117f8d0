@NullMarked
package org.storyloom.url;

import org.jspecify.annotations.NullMarked;
