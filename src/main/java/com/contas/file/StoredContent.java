package com.contas.file;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stored file's bytes, read from {@code stored_file_content} one piece ({@link #PIECE} bytes) at
 * a time, each piece by a statement of its own. PostgreSQL's driver reads a {@code bytea} value whole
 * (its {@code getBinaryStream} is a copy of the whole value), so streaming one column would still
 * hold the file in memory; a piece at a time holds one piece. No connection is held between pieces,
 * so a slow client never keeps one from the pool. The bytes of a file never change; a file purged
 * while it downloads ends the download with an error instead of wrong bytes.
 */
final class StoredContent extends InputStream {

    static final int PIECE = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final long size;
    private long fetched;
    private byte[] piece = new byte[0];
    private int at;

    StoredContent(JdbcTemplate jdbc, long fileId, long size) {
        this.jdbc = jdbc;
        this.fileId = fileId;
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        if (!ready()) {
            return -1;
        }
        return piece[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!ready()) {
            return -1;
        }
        int n = Math.min(len, piece.length - at);
        System.arraycopy(piece, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public int available() {
        return piece.length - at;
    }

    /** Whether a byte is there to read, reading the next piece when this one is used up. */
    private boolean ready() throws IOException {
        if (at < piece.length) {
            return true;
        }
        if (fetched >= size) {
            return false;
        }
        int length = (int) Math.min(PIECE, size - fetched);
        byte[] next = jdbc.query(
                "select substring(content from ? for ?) from stored_file_content where file_id = ?",
                rs -> rs.next() ? rs.getBytes(1) : null,
                Math.toIntExact(fetched + 1),
                length,
                fileId);
        if (next == null || next.length != length) {
            throw new IOException("The content of file " + fileId + " is gone or shorter than its size");
        }
        piece = next;
        at = 0;
        fetched += length;
        return true;
    }
}
