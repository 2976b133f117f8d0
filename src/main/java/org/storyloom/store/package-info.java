@NullMarked
package org.storyloom.store;

import org.jspecify.annotations.NullMarked;
