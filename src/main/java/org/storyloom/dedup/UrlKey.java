package org.storyloom.dedup;

import java.util.Optional;
import java.util.regex.Pattern;
import org.storyloom.url.CanonicalUrl;

/** The address key two copies of one page share: canonical URL with AMP and mobile variants mapped to the page. */
public final class UrlKey {

    private static final Pattern MOBILE_HOST = Pattern.compile("^(m|mobile|amp|www)\\.(?=[^.]+\\.)");
    private static final Pattern AMP_PATH = Pattern.compile("(/amp)(?=/|$)|\\.amp(?=\\.html?$|$)|(/amp\\.html?)$");
    private static final Pattern AMP_QUERY = Pattern.compile(
            "(^|&)(amp|amp=1|amp=true|outputtype=amp|output=amp|_amp=true|m=1)(?=&|$)", Pattern.CASE_INSENSITIVE);

    private UrlKey() {}

    /** The key of an absolute http(s) URL; empty for anything else. */
    public static Optional<String> of(String url) {
        return CanonicalUrl.of(url).map(UrlKey::mapVariants);
    }

    private static String mapVariants(String canonical) {
        int hostStart = canonical.indexOf("://") + 3;
        int pathStart = canonical.indexOf('/', hostStart);
        String host = canonical.substring(hostStart, pathStart);
        String rest = canonical.substring(pathStart);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        host = MOBILE_HOST.matcher(host).replaceFirst("");
        String path = AMP_PATH.matcher(rest).replaceAll("");
        if (path.isEmpty()) {
            path = "/";
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String kept =
                AMP_QUERY.matcher(query).replaceAll("$1").replaceAll("&&+", "&").replaceAll("^&|&$", "");
        // scheme is not part of the key: http and https copies of one page are one page
        return host + path + (kept.isEmpty() ? "" : "?" + kept);
    }
}
