package org.storyloom.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Splits a figure caption from the picture credit it often carries. */
final class Captions {

    /** A caption and, when found, its credit. */
    record Split(String caption, @Nullable String credit) {}

    private static final Pattern CREDIT_CLASS =
            Pattern.compile("credit|copyright|photographer|attribution|source|byline", Pattern.CASE_INSENSITIVE);

    /** A credit at the end: "(Photo: Jane Doe/AP)", "Photo by ...", "Credit: ...", "© ...", "Image: ...". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:\\s*[(\\[]\\s*((?:photo|image|picture|foto|credit|photograph|illustration|video)s?\\b[^)\\]]*"
                    + "|[^()\\[\\]]*(?:/|\\b)(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|AP Photo)[^()\\[\\]]*)[)\\]]"
                    + "|\\s+((?:photo(?:graph)?|image|picture|credit|illustration)s?\\s*(?:by|:|credit:)\\s*.+"
                    + "|©.+|\\(c\\).+))\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Captions() {}

    static Split split(Element figcaption, String text) {
        Element creditElement = null;
        for (Element e : figcaption.getAllElements()) {
            if (e != figcaption && CREDIT_CLASS.matcher(Hints.names(e)).find()) {
                creditElement = e;
                break;
            }
        }
        if (creditElement != null) {
            String credit = creditElement.text().strip();
            int at = text.lastIndexOf(credit);
            if (!credit.isEmpty() && at >= 0) {
                String caption = (text.substring(0, at) + text.substring(at + credit.length())).strip();
                return new Split(caption, credit);
            }
        }
        return splitText(text);
    }

    static Split splitText(String text) {
        Matcher m = TRAILING_CREDIT.matcher(text);
        if (m.find() && m.start() > 0) {
            String credit = m.group(1) != null ? m.group(1) : m.group(2);
            return new Split(text.substring(0, m.start()).strip(), credit.strip());
        }
        return new Split(text.strip(), null);
    }
}
