package com.contas.file;

import com.contas.common.AccountContentChanged;
import com.contas.common.NotFoundException;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.file.domain.StoredFile;
import com.contas.file.domain.StoredFileContent;
import com.contas.file.domain.StoredFileContentRepository;
import com.contas.file.domain.StoredFileRepository;
import com.contas.history.TrashBin;
import com.contas.link.LinkResolver;
import com.contas.link.Links;
import com.contas.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to organizations, people and deals. The bytes are stored in the database, so a
 * database backup holds everything.
 */
@Service
public class FileService {

    public static final String ENTITY = "File";
    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final StoredFileRepository files;
    private final StoredFileContentRepository contents;
    private final LinkResolver links;
    private final CurrentUser currentUser;
    private final FileProperties properties;
    private final TrashBin trash;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FileService(StoredFileRepository files, StoredFileContentRepository contents, LinkResolver links,
            CurrentUser currentUser, FileProperties properties, TrashBin trash, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.files = files;
        this.contents = contents;
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
     * Stores an uploaded file. Reading stops as soon as the limit is passed, so an oversized
     * upload is refused without reading it all.
     */
    @Transactional
    public FileDetails upload(String originalName, String declaredContentType, InputStream data, Links about) {
        Validation v = Validation.start();
        Links resolved = links.resolve(v, about, true);
        v.throwIfInvalid();
        Long uploader = currentUser.idOrNull();
        if (uploader == null) {
            throw new AccessDeniedException("Uploads need a signed-in user");
        }
        byte[] bytes = readAtMost(data, maxSizeBytes());
        if (bytes.length == 0) {
            throw new ValidationException("file", "validation.file.empty");
        }
        StoredFile file = files.saveAndFlush(new StoredFile(FileNames.safe(originalName),
                contentType(declaredContentType), bytes.length, uploader, resolved.organizationId(),
                resolved.personId(), resolved.dealId(), clock.instant()));
        contents.save(new StoredFileContent(file.getId(), bytes));
        return changed(file);
    }

    @Transactional(readOnly = true)
    public FileDownload download(long id) {
        StoredFile file = load(id);
        byte[] bytes = contents.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id)).getContent();
        return new FileDownload(file.getName(), file.getContentType(), bytes);
    }

    @Transactional(readOnly = true)
    public FileDetails get(long id) {
        return toDetails(load(id));
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        StoredFile file = load(id);
        trash.moveToTrash(files, ENTITY, file, expectedVersion, file.getOrganizationId());
        changed(file);
    }

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

    private byte[] readAtMost(InputStream data, long limit) {
        try (InputStream in = data) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ValidationException("file", "validation.file.tooLarge", limit / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                ? type.toLowerCase(java.util.Locale.ROOT) : DEFAULT_CONTENT_TYPE;
    }

    private static FileDetails toDetails(StoredFile f) {
        return new FileDetails(f.getId(), f.getName(), f.getContentType(), f.getSizeBytes(), f.getUploaderId(),
                f.getOrganizationId(), f.getPersonId(), f.getDealId(), f.getCreatedAt(), f.getVersion());
    }
}
