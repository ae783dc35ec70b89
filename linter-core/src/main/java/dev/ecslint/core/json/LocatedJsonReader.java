package dev.ecslint.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON with jackson-core's streaming parser into a {@link JsonValue} tree in which every value
 * knows its span and pointer. Parsing from characters (not bytes) makes columns count characters.
 * Duplicate keys are an error: AWS keeps one of them silently, which hides mistakes.
 */
public final class LocatedJsonReader {

    /** Deeper documents are rejected with a parse problem rather than risking the stack. */
    public static final int MAX_DEPTH = 500;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private LocatedJsonReader() {
    }

    public static JsonValue read(String text) throws ParseProblem {
        try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ParseProblem(Span.START, Message.of("json.empty"));
            }
            JsonValue root = readValue(parser, "");
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new ParseProblem(start(parser.currentTokenLocation(), 1), Message.of("json.trailing"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ParseProblem(at == null ? Span.START : start(at, 1), describe(e));
        } catch (IOException e) {
            throw new ParseProblem(Span.START, Message.of("json.unreadable").verbatim("detail", String.valueOf(e.getMessage())));
        }
    }

    private static JsonValue readValue(JsonParser p, String pointer) throws IOException {
        JsonLocation begin = p.currentTokenLocation();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Member> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    // the parser has read past the colon by now: a key's span is its quoted name
                    Span keySpan = Span.of(Math.max(1, keyAt.getLineNr()), Math.max(1, keyAt.getColumnNr()),
                            key.length() + 2);
                    p.nextToken();
                    members.put(key, new Member(key, keySpan, readValue(p, JsonPointer.child(pointer, key))));
                }
                return new JsonObject(spanTo(begin, p.currentLocation()), pointer, members);
            }
            case START_ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, JsonPointer.child(pointer, items.size())));
                }
                return new JsonArray(spanTo(begin, p.currentLocation()), pointer, items);
            }
            case VALUE_STRING: {
                String value = p.getText(); // completes the lazily read token, so its end is known
                return new JsonString(spanTo(begin, p.currentLocation()), pointer, value);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(spanTo(begin, p.currentLocation()), pointer, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonBoolean(spanTo(begin, p.currentLocation()), pointer, token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new JsonNull(spanTo(begin, p.currentLocation()), pointer);
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    private static Span spanTo(JsonLocation begin, JsonLocation end) {
        int line = Math.max(1, begin.getLineNr());
        int column = Math.max(1, begin.getColumnNr());
        int endLine = Math.max(line, end.getLineNr());
        return new Span(line, column, endLine, Math.max(1, end.getColumnNr()));
    }

    private static Span start(JsonLocation at, int length) {
        return Span.of(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), length);
    }

    /**
     * Jackson's first message line in plainer words, naming the kind of token but never the file's text
     * (Jackson quotes up to 256 characters of a bad token): see {@link ParserMessages}.
     */
    private static Message describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
            // Duplicate field 'cpu' (Jackson 2.x quotes with either mark across versions)
            int open = Math.max(message.indexOf('\''), message.indexOf('"'));
            int close = Math.max(message.lastIndexOf('\''), message.lastIndexOf('"'));
            String key = open >= 0 && close > open ? message.substring(open + 1, close) : "";
            return ParserMessages.keyToShow(key).map(k -> Message.of("json.duplicateKey").code("key", k))
                    .orElse(Message.of("json.duplicateKeyHidden"));
        }
        if (message.contains("Unexpected end-of-input")) {
            return Message.of("json.unclosed");
        }
        if (message.contains("Document nesting depth")) {
            return Message.of("json.tooDeep").number("levels", MAX_DEPTH);
        }
        if (message.startsWith("Unrecognized token")) {
            return Message.of("json.bareWord");
        }
        return Message.of("json.invalid").verbatim("detail", ParserMessages.withoutContent(message));
    }
}
