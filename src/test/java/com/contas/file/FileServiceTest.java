package com.contas.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.contas.common.ValidationException;
import com.contas.link.Links;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

class FileServiceTest extends ServiceTestBase {

    @Autowired
    FileService files;

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_uploaded_file_downloads_with_the_same_bytes() throws Exception {
        long org = organization("Acme").id();
        FileDetails file = files.upload("contrato.txt", "text/plain", bytes("Olá, mundo"), new Links(org, null, null));

        FileDownload download = files.download(file.id());
        assertThat(new String(download.content().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("Olá, mundo");
        assertThat(download.name()).isEqualTo("contrato.txt");
        assertThat(file.sizeBytes()).isEqualTo("Olá, mundo".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void the_upload_is_read_from_the_client_with_no_transaction_and_no_connection_held() throws Exception {
        long org = organization("Acme").id();
        List<String> heldWhileReading = new ArrayList<>();
        InputStream slowClient = new InputStream() {
            private final byte[] body = "sent slowly".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                if (TransactionSynchronizationManager.isActualTransactionActive()) {
                    heldWhileReading.add("transaction");
                }
                if (!TransactionSynchronizationManager.getResourceMap().isEmpty()) {
                    heldWhileReading.add("bound "
                            + TransactionSynchronizationManager.getResourceMap().keySet());
                }
                return at < body.length ? body[at++] : -1;
            }
        };

        FileDetails file = files.upload("slow.txt", "text/plain", slowClient, new Links(org, null, null));

        assertThat(heldWhileReading).isEmpty();
        assertThat(new String(files.download(file.id()).content().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("sent slowly");
    }

    @Test
    void an_upload_for_an_organization_deleted_while_the_bytes_came_in_is_refused_and_nothing_is_written() {
        long org = organization("Acme").id();
        long version = organizations.get(org).version();
        InputStream meanwhileDeleted = new InputStream() {
            private boolean first = true;

            @Override
            public int read() {
                if (first) {
                    first = false;
                    organizations.delete(org, version);
                    return 'x';
                }
                return -1;
            }
        };
        var e = catchThrowableOfType(
                ValidationException.class,
                () -> files.upload("late.txt", "text/plain", meanwhileDeleted, new Links(org, null, null)));
        assertThat(data.jdbc().queryForObject("select count(*) from stored_file", Long.class))
                .isZero();
        assertThat(data.jdbc().queryForObject("select count(*) from stored_file_content", Long.class))
                .isZero();
        assertThat(e.problemFor("organizationId").orElseThrow().messageKey())
                .isEqualTo("validation.unknownOrganization");
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
        assertRefusedWithoutWrites(
                "file", () -> files.upload("a.txt", "text/plain", bytes(""), new Links(org, null, null)));
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
    void an_upload_over_the_limit_is_refused_while_streaming_soon_after_the_limit() {
        long org = organization("Acme").id();
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                read[0] += len;
                return len;
            }
        };
        var e = assertRefusedWithoutWrites(
                "file", () -> files.upload("endless.bin", null, endless, new Links(org, null, null)));
        assertThat(e.problemFor("file").orElseThrow().messageKey()).isEqualTo("validation.file.tooLarge");
        assertThat(read[0]).isBetween(files.maxSizeBytes(), files.maxSizeBytes() + 64 * 1024);
    }

    @Test
    void an_upload_past_the_users_storage_quota_is_refused() {
        long org = organization("Acme").id();
        long quota = DataSize.ofGigabytes(1).toBytes();
        data.jdbc()
                .update(
                        "insert into stored_file (name, content_type, size_bytes, uploader_id, organization_id, "
                                + "created_at, version) values ('old.bin', 'application/octet-stream', ?, ?, ?, current_timestamp, 0)",
                        quota - 10,
                        me,
                        org);

        var e = assertRefusedWithoutWrites(
                "file",
                () -> files.upload("eleven.txt", "text/plain", bytes("eleven byte"), new Links(org, null, null)));
        assertThat(e.problemFor("file").orElseThrow().messageKey()).isEqualTo("validation.file.quota");

        assertThat(files.upload("ten.txt", "text/plain", bytes("ten bytes!"), new Links(org, null, null))
                        .sizeBytes())
                .isEqualTo(10);
    }

    @Test
    void a_malformed_content_type_is_stored_as_a_generic_one() {
        assertThat(FileService.contentType("text/html; charset=utf-8")).isEqualTo("text/html");
        assertThat(FileService.contentType("<script>")).isEqualTo("application/octet-stream");
        assertThat(FileService.contentType(null)).isEqualTo("application/octet-stream");
    }

    @Test
    void only_the_uploader_or_an_admin_moves_a_file_to_the_trash_and_the_one_who_deleted_it_restores_it() {
        long org = organization("Acme").id();
        FileDetails file = files.upload("mine.txt", "text/plain", bytes("mine"), new Links(org, null, null));

        data.signIn(DemoUser.SALES_1);
        assertThatThrownBy(() -> files.delete(file.id(), file.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(files.get(file.id()).name()).isEqualTo("mine.txt");

        data.signIn(DemoUser.ADMIN);
        files.delete(file.id(), file.version());
        FileDetails back = files.restore(file.id());

        data.signIn(DemoUser.USER);
        files.delete(file.id(), back.version());
        data.signIn(DemoUser.SALES_1);
        assertThatThrownBy(() -> files.restore(file.id())).isInstanceOf(AccessDeniedException.class);
        data.signIn(DemoUser.USER);
        assertThat(files.restore(file.id()).name()).isEqualTo("mine.txt");
    }
}
