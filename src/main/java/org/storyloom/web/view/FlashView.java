package org.storyloom.web.view;

import java.util.List;

/** The outcome of a form post, shown once on the page it redirects to. {@code kind} is "ok" or "error". */
public record FlashView(String kind, String message, List<String> details) {

    public FlashView {
        kind = kind.equals("ok") ? "ok" : "error";
        details = List.copyOf(details);
    }

    public static FlashView ok(String message) {
        return new FlashView("ok", message, List.of());
    }

    public static FlashView error(String message) {
        return new FlashView("error", message, List.of());
    }
}
