package dev.ecslint.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Keeps every line logged at info and above, prefixed with its level as Maven prints it. */
final class RecordingLog extends SystemStreamLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[ERROR] " + content);
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(CharSequence content) {
    }
}
