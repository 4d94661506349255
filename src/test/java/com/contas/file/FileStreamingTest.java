package com.contas.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.ServiceTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A download streams the file from the database in bounded pieces: the bytes are right, and the
 * heap in use while it is half written holds nothing like the whole file (H2 and PostgreSQL).
 */
class FileStreamingTest extends ServiceTestBase {

    static final int MB = 1024 * 1024;
    static final int SIZE = 30 * MB;

    @Autowired
    FileService files;

    /** Bytes that do not compress (as most uploads: PDFs, images, archives), generated as they are read. */
    private static InputStream generated(long seed, long size) {
        Random random = new Random(seed);
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return random.nextInt(256);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) random.nextInt(256);
                }
                left -= n;
                return n;
            }
        };
    }

    /** A 30 MB file (past the upload limit: written around the service, as an older limit would have let in). */
    private long storedFile(long organizationId, long seed) {
        data.jdbc()
                .update(
                        "insert into stored_file (name, content_type, size_bytes, uploader_id, organization_id, "
                                + "created_at, version) values ('big.bin', 'application/octet-stream', ?, ?, ?, "
                                + "current_timestamp, 0)",
                        SIZE,
                        me,
                        organizationId);
        long id = data.jdbc().queryForObject("select max(id) from stored_file", Long.class);
        data.jdbc().update(connection -> {
            PreparedStatement insert =
                    connection.prepareStatement("insert into stored_file_content (file_id, content) values (?, ?)");
            insert.setLong(1, id);
            insert.setBinaryStream(2, generated(seed, SIZE), SIZE);
            return insert;
        });
        return id;
    }

    private static byte[] sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The download as the browser's response receives it. */
    private void download(long id, OutputStream response) throws IOException {
        FileDownload file = files.download(id);
        assertThat(file.name()).isEqualTo("big.bin");
        assertThat(file.sizeBytes()).isEqualTo(SIZE);
        try (InputStream content = file.content()) {
            content.transferTo(response);
        }
    }

    @Test
    void a_30_mb_file_downloads_with_the_same_bytes_and_no_copy_of_the_whole_file_in_memory() throws Exception {
        long id = storedFile(organization("Acme").id(), 17);
        // The database's own reading of the row (H2's page cache) happens before the baseline.
        data.jdbc().queryForObject("select size_bytes from stored_file where id = ?", Long.class, id);
        long before = heapAfterGc();
        long[] midway = {-1};
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        OutputStream response = new OutputStream() {
            long written;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int at = off; at < off + len; at += 64 * 1024) {
                    int n = Math.min(64 * 1024, off + len - at);
                    digest.update(b, at, n);
                    long was = written;
                    written += n;
                    if (was < SIZE / 2 && written >= SIZE / 2) {
                        midway[0] = heapAfterGc();
                    }
                }
            }
        };

        long started = System.nanoTime();
        download(id, response);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(digest.digest()).isEqualTo(sha256(generated(17, SIZE)));
        long grown = midway[0] - before;
        System.out.printf(
                "bench file_download size_mb=30 ms=%d heap_growth_midway_mb=%.1f%n", millis, grown / (double) MB);
        assertThat(grown).as("heap grown while half written").isLessThan(8L * MB);
    }
}
