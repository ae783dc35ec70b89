package dev.ecslint.core.dockerfile;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Docker's words of a shell-form {@code RUN}, {@code CMD} or {@code ENTRYPOINT}, split on first use. The
 * rules read such an instruction through its {@link ShellScript}; splitting the words of every {@code RUN}
 * up front cost a fifth of the parse for a list hardly any rule reads. Unmodifiable, like the lists of
 * the other instructions.
 */
final class ShellFormWords extends AbstractList<Token> implements RandomAccess {

    private final MappedText text;
    private final int start;
    private final int end;
    private final char escape;
    /**
     * The words once split. Not synchronised: two threads may both split, and each publishes an
     * immutable list of immutable tokens, equal to the other's.
     */
    private List<Token> words;

    ShellFormWords(MappedText text, int start, int end, char escape) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.escape = escape;
    }

    private List<Token> words() {
        List<Token> w = words;
        if (w == null) {
            w = List.copyOf(Words.tokens(text, start, end, escape));
            words = w;
        }
        return w;
    }

    @Override
    public Token get(int index) {
        return words().get(index);
    }

    @Override
    public int size() {
        return words().size();
    }
}
