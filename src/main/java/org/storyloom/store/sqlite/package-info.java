/** The embedded store: one SQLite file in WAL mode, safe to share between a running server and CLI commands. */
@NullMarked
package org.storyloom.store.sqlite;

import org.jspecify.annotations.NullMarked;
