package com.contas.file;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file's name, declared type and size, to be served as an attachment (never inline), and its
 * bytes as a stream that reads them from the database a piece at a time ({@link StoredContent}):
 * a download holds one piece in memory, never the whole file, and no database connection while
 * the client takes its time.
 */
public record FileDownload(String name, String contentType, long sizeBytes, InputStream content) {

    /** The Content-Disposition header (RFC 6266): an ASCII fallback name and the exact one in UTF-8. */
    public String contentDisposition() {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
