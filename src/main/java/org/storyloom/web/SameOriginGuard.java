package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Refuses state-changing requests that a browser sent on behalf of another site (CSRF): every signal present
 * (Sec-Fetch-Site, Origin, Referer) must say the request came from this host, and at least one must be present.
 */
final class SameOriginGuard {

    private SameOriginGuard() {}

    static void check(Context ctx) {
        HandlerType m = ctx.method();
        if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) {
            return;
        }
        if (!allows(ctx.header("Sec-Fetch-Site"), ctx.header("Origin"), ctx.header("Referer"), ctx.header("Host"))) {
            throw new ForbiddenResponse(
                    "This form can only be sent from Storyloom's own pages. Reload the page and" + " try again.");
        }
    }

    static boolean allows(
            @Nullable String fetchSite, @Nullable String origin, @Nullable String referer, @Nullable String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        if (origin != null) {
            return sameHost(origin, host);
        }
        if (referer != null) {
            return sameHost(referer, host);
        }
        return fetchSite != null;
    }

    private static boolean sameHost(String url, String host) {
        String authority = authorityOf(url);
        return authority != null
                && authority.equals(withoutDefaultPort(host.strip().toLowerCase(Locale.ROOT)));
    }

    private static @Nullable String authorityOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            String authority = uri.getRawAuthority();
            if (scheme == null || authority == null || uri.getRawUserInfo() != null) {
                return null;
            }
            String lower = authority.toLowerCase(Locale.ROOT);
            if (scheme.equalsIgnoreCase("http") && lower.endsWith(":80")) {
                return lower.substring(0, lower.length() - 3);
            }
            if (scheme.equalsIgnoreCase("https") && lower.endsWith(":443")) {
                return lower.substring(0, lower.length() - 4);
            }
            return lower;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String withoutDefaultPort(String host) {
        if (host.endsWith(":80")) {
            return host.substring(0, host.length() - 3);
        }
        return host.endsWith(":443") ? host.substring(0, host.length() - 4) : host;
    }
}
