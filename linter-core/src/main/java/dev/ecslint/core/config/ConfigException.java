package dev.ecslint.core.config;

/** A configuration file that cannot be used; the message names the file, line and key. Exit code 2. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
