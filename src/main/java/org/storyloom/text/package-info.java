@NullMarked
package org.storyloom.text;

import org.jspecify.annotations.NullMarked;
