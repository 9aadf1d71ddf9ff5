package org.credence.engine.io;

import java.nio.file.Path;
import java.util.Locale;

/** File-name helpers shared by the readers. */
final class FileNames {

    private FileNames() {
    }

    static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /** "reports/01-coastal-ledger.txt" gives "01-coastal-ledger"; "a.jsonl.gz" gives "a". */
    static String stem(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        for (String ext : new String[] {".jsonl.gz", ".json.gz", ".txt", ".json", ".jsonl", ".html", ".htm", ".csv"}) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
