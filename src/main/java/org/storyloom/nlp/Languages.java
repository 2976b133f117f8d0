package org.storyloom.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 639-3 codes (what the OpenNLP language detector answers) to ISO 639-1. */
final class Languages {

    static final String UNDETERMINED = "und";

    /** Individual languages the detector names where ISO 639-1 has only the macro language. */
    private static final Map<String, String> INDIVIDUAL = Map.ofEntries(
            Map.entry("cmn", "zh"),
            Map.entry("yue", "zh"),
            Map.entry("wuu", "zh"),
            Map.entry("pes", "fa"),
            Map.entry("prs", "fa"),
            Map.entry("nob", "nb"),
            Map.entry("nno", "nn"),
            Map.entry("zsm", "ms"),
            Map.entry("ekk", "et"),
            Map.entry("lvs", "lv"),
            Map.entry("swh", "sw"),
            Map.entry("khk", "mn"),
            Map.entry("uzn", "uz"),
            Map.entry("azj", "az"),
            Map.entry("arb", "ar"),
            Map.entry("plt", "mg"),
            Map.entry("npi", "ne"),
            Map.entry("ydd", "yi"),
            Map.entry("gug", "gn"),
            Map.entry("quz", "qu"),
            Map.entry("als", "sq"));

    private static final Map<String, String> ISO3_TO_ISO1 = build();

    private Languages() {}

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>(INDIVIDUAL);
        for (String iso1 : Locale.getISOLanguages()) {
            String iso3 = Locale.of(iso1).getISO3Language();
            if (!iso3.isEmpty()) {
                map.putIfAbsent(iso3, iso1);
            }
        }
        return Map.copyOf(map);
    }

    /** The ISO 639-1 code for an ISO 639-3 one; the code itself when there is none; "und" for the unknown. */
    static String iso1(String iso3) {
        String code = iso3.toLowerCase(Locale.ROOT);
        if (code.isEmpty() || "unk".equals(code) || "und".equals(code)) {
            return UNDETERMINED;
        }
        return ISO3_TO_ISO1.getOrDefault(code, code);
    }
}
