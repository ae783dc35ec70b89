package dev.ecslint.core.grade;

/** How an output format shows plain text and code, both escaped for it. */
interface Markup {

    String text(String plain);

    String code(String plain);

    Markup PLAIN = new Markup() {
        @Override
        public String text(String plain) {
            return plain;
        }

        @Override
        public String code(String plain) {
            return "`" + plain + "`";
        }
    };

    Markup MARKDOWN = new Markup() {
        @Override
        public String text(String plain) {
            return Escaping.markdown(plain);
        }

        @Override
        public String code(String plain) {
            return Escaping.markdownCode(plain);
        }
    };

    Markup HTML = new Markup() {
        @Override
        public String text(String plain) {
            return Escaping.html(plain);
        }

        @Override
        public String code(String plain) {
            return "<code>" + Escaping.html(plain) + "</code>";
        }
    };
}
