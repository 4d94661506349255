package com.contas.file;

import com.contas.common.AccountContentChanged;
import com.contas.common.NotFoundException;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.file.domain.StoredFile;
import com.contas.file.domain.StoredFileRepository;
import com.contas.history.TrashBin;
import com.contas.link.LinkResolver;
import com.contas.link.Links;
import com.contas.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files attached to organizations, people and deals. The bytes are stored in the database, so a
 * database backup holds everything.
 */
@Service
public class FileService {

    public static final String ENTITY = "File";
    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final StoredFileRepository files;
    private final LinkResolver links;
    private final CurrentUser currentUser;
    private final FileProperties properties;
    private final TrashBin trash;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate writes;

    FileService(
            StoredFileRepository files,
            LinkResolver links,
            CurrentUser currentUser,
            FileProperties properties,
            TrashBin trash,
            Clock clock,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.writes = new TransactionTemplate(transactions);
        this.events = events;
        this.jdbc = jdbc;
        this.files = files;
        this.links = links;
        this.currentUser = currentUser;
        this.properties = properties;
        this.trash = trash;
        this.clock = clock;
    }

    public long maxSizeBytes() {
        return properties.maxSize().toBytes();
    }

    /**
     * Stores an uploaded file. The upload is first copied to a temporary file, with no transaction
     * and no pooled connection held: a client that sends slowly (a phone on a bad network) holds a
     * request thread and a temporary file, never a database connection. Reading stops as soon as
     * the size limit is passed, so an oversized upload is refused without being held in memory or
     * read to its end. Only then does a short transaction check the quota and stream the spooled
     * bytes into the database (local disk to database, no network client in between). A refusal
     * writes nothing. A user's files may hold {@code contas.files.user-quota} in all, those in the
     * trash included, whatever uploads run at the same time.
     */
    // Declared: no transaction around the whole, only the short ones inside (see above).
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FileDetails upload(String originalName, String declaredContentType, InputStream data, Links about) {
        Validation v = Validation.start();
        Links resolved = links.resolve(v, about, true);
        v.throwIfInvalid();
        Long uploader = currentUser.idOrNull();
        if (uploader == null) {
            throw new AccessDeniedException("Uploads need a signed-in user");
        }
        Path spooled = spool(data, maxSizeBytes());
        try {
            long size = Files.size(spooled);
            if (size == 0) {
                throw new ValidationException("file", "validation.file.empty");
            }
            return writes.execute(
                    status -> store(originalName, declaredContentType, resolved, uploader, spooled, size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /**
     * The short transaction of an upload: the file's row and its bytes from local disk, then the
     * quota. The quota is read first without a lock, so that most refusals write nothing; the
     * deciding check comes last, holding the uploader's {@code file_quota_lock} row (see V22), so
     * that the lock is held only from there to the commit and parallel uploads of one user cannot
     * all pass it: the sum then sees every upload committed before, and this one.
     */
    private FileDetails store(
            String originalName, String declaredContentType, Links resolved, long uploader, Path spooled, long size) {
        // The links are read again here: the organization may have been deleted while the bytes came in.
        Validation v = Validation.start();
        links.resolve(v, resolved, true);
        v.throwIfInvalid();
        checkQuota(files.bytesStoredBy(uploader), size);
        StoredFile file = files.saveAndFlush(new StoredFile(
                FileNames.safe(originalName),
                contentType(declaredContentType),
                size,
                uploader,
                resolved.organizationId(),
                resolved.personId(),
                resolved.dealId(),
                clock.instant()));
        try (InputStream bytes = Files.newInputStream(spooled)) {
            jdbc.update(connection -> {
                PreparedStatement insert =
                        connection.prepareStatement("insert into stored_file_content (file_id, content) values (?, ?)");
                insert.setLong(1, file.getId());
                insert.setBinaryStream(2, bytes, size);
                return insert;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("insert into file_quota_lock (user_id) values (?) on conflict do nothing", uploader);
        jdbc.queryForObject("select user_id from file_quota_lock where user_id = ? for update", Long.class, uploader);
        checkQuota(files.bytesStoredBy(uploader) - size, size);
        return changed(file);
    }

    /** Refuses {@code size} more bytes when {@code used} (files in the trash included) leaves no room. */
    private void checkQuota(long used, long size) {
        long quota = properties.userQuota().toBytes();
        if (used + size > quota) {
            throw new ValidationException("file", "validation.file.quota", megabytes(quota), megabytes(used));
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /**
     * A file to download: its name, type and size now (a file in the trash is not found), its bytes
     * as they are read from the returned stream, a piece at a time (see {@link StoredContent}).
     */
    @Transactional(readOnly = true)
    public FileDownload download(long id) {
        StoredFile file = load(id);
        return new FileDownload(
                file.getName(),
                file.getContentType(),
                file.getSizeBytes(),
                new StoredContent(jdbc, file.getId(), file.getSizeBytes()));
    }

    @Transactional(readOnly = true)
    public FileDetails get(long id) {
        return toDetails(load(id));
    }

    /** Moves a file to the trash; only its uploader or an admin may. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        StoredFile file = load(id);
        currentUser.checkMayChange(file.getUploaderId());
        trash.moveToTrash(files, ENTITY, file, expectedVersion, file.getOrganizationId());
        changed(file);
    }

    /** Takes a file back out of the trash: its uploader, whoever deleted it, or an admin. */
    @Transactional
    public FileDetails restore(long id) {
        return changed(trash.restore(files, ENTITY, id, StoredFile::getUploaderId, StoredFile::getOrganizationId));
    }

    /** Open screens of the file's account show it (live updates). */
    private FileDetails changed(StoredFile file) {
        if (file.getOrganizationId() != null) {
            events.publishEvent(new AccountContentChanged(Set.of(file.getOrganizationId())));
        }
        return toDetails(file);
    }

    private StoredFile load(long id) {
        return files.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Copies the upload to a temporary file, refusing it as soon as it passes {@code limit} bytes. */
    private static Path spool(InputStream data, long limit) {
        Path file = null;
        try (InputStream in = data) {
            file = Files.createTempFile("contas-upload-", ".part");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int read;
                while ((read = in.read(buffer)) != -1) {
                    total += read;
                    if (total > limit) {
                        throw new ValidationException("file", "validation.file.tooLarge", megabytes(limit));
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up anyway
            }
        }
    }

    /** Only a well-formed "type/subtype" is kept; it never decides how the file is served. */
    static String contentType(String declared) {
        if (declared == null) {
            return DEFAULT_CONTENT_TYPE;
        }
        String type = declared.strip();
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon).strip();
        }
        return type.matches("[A-Za-z0-9!#$&^_.+-]{1,64}/[A-Za-z0-9!#$&^_.+-]{1,127}")
                ? type.toLowerCase(Locale.ROOT)
                : DEFAULT_CONTENT_TYPE;
    }

    private static FileDetails toDetails(StoredFile f) {
        return new FileDetails(
                f.getId(),
                f.getName(),
                f.getContentType(),
                f.getSizeBytes(),
                f.getUploaderId(),
                f.getOrganizationId(),
                f.getPersonId(),
                f.getDealId(),
                f.getCreatedAt(),
                f.getVersion());
    }
}
