package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.storyloom.web.view.FlashView;

/**
 * Carries the outcome of a form post across its redirect (Post/Redirect/Get) in a short-lived cookie scoped to the
 * page that shows it, read once and then cleared. The value is Base64url text: nothing in it is trusted as HTML.
 */
final class FlashCookie {

    static final String NAME = "storyloom_flash";
    private static final int MAX_TEXT = 300;
    private static final int MAX_DETAILS = 10;

    private final String path;

    FlashCookie(String path) {
        this.path = path;
    }

    void set(Context ctx, FlashView flash) {
        List<String> parts = new ArrayList<>();
        parts.add(flash.kind());
        parts.add(cap(flash.message()));
        flash.details().stream().limit(MAX_DETAILS).map(FlashCookie::cap).forEach(parts::add);
        if (flash.details().size() > MAX_DETAILS) {
            parts.add("… and " + (flash.details().size() - MAX_DETAILS) + " more");
        }
        byte[] bytes = String.join("\n", parts).getBytes(StandardCharsets.UTF_8);
        Cookie cookie = new Cookie(
                NAME,
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                path,
                60,
                "https".equals(ctx.scheme()),
                true);
        cookie.setSameSite(SameSite.LAX);
        ctx.cookie(cookie);
    }

    /** The flash of the previous post, if any; clears it so a reload does not show it again. */
    @Nullable
    FlashView take(Context ctx) {
        String raw = ctx.cookie(NAME);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        ctx.removeCookie(NAME, path);
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(text.split("\n", -1));
            if (parts.size() < 2) {
                return null;
            }
            return new FlashView(parts.get(0), parts.get(1), parts.subList(2, parts.size()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String cap(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…";
    }
}
