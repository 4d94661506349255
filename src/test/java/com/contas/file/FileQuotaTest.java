package com.contas.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.common.FieldProblem;
import com.contas.common.ValidationException;
import com.contas.link.Links;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import com.contas.trash.TrashService;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * A user's files may hold {@code contas.files.user-quota} in all, files in the trash included (their
 * bytes stay in the database until the purge), and parallel uploads cannot all slip under it (H2 and
 * PostgreSQL).
 */
class FileQuotaTest extends ServiceTestBase {

    static final long QUOTA = DataSize.ofGigabytes(1).toBytes();
    static final int SIZE = 1000;

    @Autowired
    FileService files;

    long org;

    private FileDetails upload(String name, int size) {
        return files.upload(
                name, "application/octet-stream", new ByteArrayInputStream(new byte[size]), new Links(org, null, null));
    }

    /** A file of the user's, written around the service (as old data or another instance would), {@code size} bytes. */
    private void alreadyStored(long size, boolean inTrash) {
        data.jdbc()
                .update(
                        "insert into stored_file (name, content_type, size_bytes, uploader_id, organization_id, "
                                + "created_at, deleted_at, deleted_by, version) values ('old.bin', "
                                + "'application/octet-stream', ?, ?, ?, current_timestamp, "
                                + (inTrash ? "current_timestamp, ?" : "null, ?") + ", 0)",
                        size,
                        me,
                        org,
                        inTrash ? me : null);
    }

    @Test
    void files_in_the_trash_count_against_the_quota_and_the_message_says_so() {
        org = organization("Acme").id();
        alreadyStored(QUOTA - 500, true);

        var e = assertRefusedWithoutWrites("file", () -> upload("one-k.bin", SIZE));

        assertThat(e.problemFor("file").orElseThrow().messageKey()).isEqualTo("validation.file.quota");
        FieldProblem problem = e.problemFor("file").orElseThrow();
        assertThat(new DefaultI18NProvider(List.of(Locale.ENGLISH))
                        .getTranslation(problem.messageKey(), Locale.ENGLISH, problem.args()))
                .isEqualTo("This would pass your storage quota of 1,024 MB (1,023 MB in use, files in the trash "
                        + "included: they count until they are deleted for good, 30 days after they were deleted).");
        assertThat(upload("half-k.bin", 500).sizeBytes()).isEqualTo(500);
    }

    @Test
    void twenty_parallel_uploads_with_room_for_ten_store_exactly_ten_and_refuse_ten() throws Exception {
        org = organization("Acme").id();
        alreadyStored(QUOTA - 10L * SIZE, false);
        int uploads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            String name = "part-" + i + ".bin";
            outcomes.add(pool.submit(() -> {
                data.signIn(DemoUser.USER);
                try {
                    start.await();
                    upload(name, SIZE);
                    return "stored";
                } catch (ValidationException e) {
                    return e.problemFor("file").orElseThrow().messageKey();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(Collections.frequency(results, "stored")).isEqualTo(10);
        assertThat(Collections.frequency(results, "validation.file.quota")).isEqualTo(10);
        assertThat(data.jdbc()
                        .queryForObject(
                                "select count(*) from stored_file where uploader_id = ? and name like 'part-%'",
                                Long.class, me))
                .isEqualTo(10);
        assertThat(data.jdbc()
                        .queryForObject(
                                "select sum(size_bytes) from stored_file where uploader_id = ?", Long.class, me))
                .isEqualTo(QUOTA);
    }

    @Test
    void a_file_purged_for_good_frees_its_room() {
        org = organization("Acme").id();
        alreadyStored(QUOTA - SIZE, false);
        FileDetails last = upload("last.bin", SIZE);
        files.delete(last.id(), last.version());
        assertRefusedWithoutWrites("file", () -> upload("more.bin", 1));

        clock.set(clock.instant().plus(java.time.Duration.ofDays(31)));
        trash.purge();

        assertThat(upload("more.bin", SIZE).sizeBytes()).isEqualTo(SIZE);
    }

    @Autowired
    TrashService trash;
}
