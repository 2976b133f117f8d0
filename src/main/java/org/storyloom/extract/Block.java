package org.storyloom.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One block of an article body. */
public sealed interface Block {

    /** The block's plain text as a reader sees it. */
    String text();

    /** A heading inside the body, level 1 to 6. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph; line breaks inside it are kept as '\n'. */
    record Paragraph(String text) implements Block {}

    /** A bulleted or numbered list. */
    record ListBlock(boolean ordered, List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            return String.join("\n", items);
        }
    }

    /** A block quotation. */
    record Quote(String text) implements Block {}

    /** A picture with its caption and its credit kept apart. */
    record Figure(
            @Nullable String imageUrl,
            String caption,
            @Nullable String credit) implements Block {
        @Override
        public String text() {
            return caption;
        }
    }

    /** A table as rows of cell texts. */
    record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(String.join("\t", row));
            }
            return out.toString();
        }
    }
}
