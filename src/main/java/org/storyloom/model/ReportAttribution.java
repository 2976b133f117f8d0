package org.storyloom.model;

import org.jspecify.annotations.Nullable;

/**
 * Who reports a claim and through whom: "Tass reported" (reporter Tass), "as reported by European Pravda",
 * "KCNA reported, citing Kim" (via Kim).
 */
public record ReportAttribution(String reporter, @Nullable String via, String sentence) {}
