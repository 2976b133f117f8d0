@NullMarked
package org.storyloom.web;

import org.jspecify.annotations.NullMarked;
