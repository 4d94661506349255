package com.contas.file;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns whatever name a browser sent into one that is safe to store and to offer as a download:
 * no folders, no control characters, no reserved device names, bounded length.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;
    private static final Set<String> RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {}

    public static String safe(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c)
                        && c != '"'
                        && c != ':'
                        && c != '*'
                        && c != '?'
                        && c != '<'
                        && c != '>'
                        && c != '|'
                        && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        name = name.strip();
        if (name.isEmpty()) {
            name = "file";
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
            if (Character.isHighSurrogate(name.charAt(MAX_LENGTH - extension.length() - 1))) {
                name = name.substring(0, MAX_LENGTH - extension.length() - 1) + extension;
            }
        }
        return name;
    }
}
