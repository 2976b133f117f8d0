/** Immutable view models the jte templates render; built by the page handlers of {@code org.storyloom.web}. */
@NullMarked
package org.storyloom.web.view;

import org.jspecify.annotations.NullMarked;
