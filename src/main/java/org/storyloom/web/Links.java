package org.storyloom.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Decides which stored addresses a page may turn into links: only absolute http(s) URLs. */
final class Links {

    private Links() {}

    static @Nullable String httpOrNull(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return lower.equals("http") || lower.equals("https") ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The host of an address, for a source with no name; the address itself when it has none. */
    static String hostOf(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? url : host;
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
