package org.storyloom.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one address an article is stored under: scheme and host in lower case, default port and fragment dropped,
 * tracking parameters (utm_*, fbclid, gclid, ...) removed, remaining parameters kept in their order.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "mc_cid",
            "mc_eid",
            "igshid",
            "yclid",
            "_ga",
            "_gl",
            "ocid",
            "cmpid",
            "smid",
            "sr_share",
            "ito",
            "cid",
            "icid",
            "ns_mchannel",
            "ns_source",
            "ns_campaign",
            "ns_linkname",
            "ns_fee",
            "at_medium",
            "at_campaign",
            "rss",
            "ref_src",
            "feature");

    private CanonicalUrl() {}

    /** The canonical form of an absolute http(s) URL, or empty when it is not one. */
    public static Optional<String> of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    private static String keptQuery(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
