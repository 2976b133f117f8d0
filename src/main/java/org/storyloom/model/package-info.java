@NullMarked
package org.storyloom.model;

import org.jspecify.annotations.NullMarked;
