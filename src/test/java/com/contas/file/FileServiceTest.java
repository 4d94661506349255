package com.contas.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.link.Links;
import com.contas.testsupport.ServiceTestBase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FileServiceTest extends ServiceTestBase {

    @Autowired
    FileService files;

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_uploaded_file_downloads_with_the_same_bytes() {
        long org = organization("Acme").id();
        FileDetails file = files.upload("contrato.txt", "text/plain", bytes("Olá, mundo"), new Links(org, null, null));

        FileDownload download = files.download(file.id());
        assertThat(new String(download.content(), StandardCharsets.UTF_8)).isEqualTo("Olá, mundo");
        assertThat(download.name()).isEqualTo("contrato.txt");
        assertThat(file.sizeBytes()).isEqualTo("Olá, mundo".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void path_parts_and_control_characters_are_removed_from_the_name() {
        long org = organization("Acme").id();
        FileDetails file = files.upload("../../etc/pass\u0000wd", "text/plain", bytes("x"), new Links(org, null, null));
        assertThat(file.name()).isEqualTo("passwd");
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_written() {
        long org = organization("Acme").id();
        assertRefusedWithoutWrites("file", () -> files.upload("a.txt", "text/plain", bytes(""), new Links(org, null, null)));
    }

    @Test
    void a_file_over_the_limit_is_refused_and_nothing_is_written() {
        long org = organization("Acme").id();
        InputStream huge = new InputStream() {
            long left = files.maxSizeBytes() + 10;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        assertRefusedWithoutWrites("file", () -> files.upload("big.bin", null, huge, new Links(org, null, null)));
    }

    @Test
    void a_malformed_content_type_is_stored_as_a_generic_one() {
        assertThat(FileService.contentType("text/html; charset=utf-8")).isEqualTo("text/html");
        assertThat(FileService.contentType("<script>")).isEqualTo("application/octet-stream");
        assertThat(FileService.contentType(null)).isEqualTo("application/octet-stream");
    }
}
