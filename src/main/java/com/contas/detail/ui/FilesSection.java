package com.contas.detail.ui;

import com.contas.common.DomainException;
import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.FileLine;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailQueries.Trashed;
import com.contas.file.FileDownload;
import com.contas.file.FileService;
import com.contas.link.Links;
import com.contas.shell.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The organization's or person's files: upload (the size limit is enforced by the server while reading, the name
 * made safe by the file service), list with size, uploader and date, download as an attachment
 * that the browser may not sniff into a page (streamed from the database), delete to trash one's own
 * (an admin: any), restore what one deleted ("Deleted (n)").
 */
class FilesSection extends ListSection<FileLine> {

    static final int PAGE = 20;

    private final Upload upload = new Upload(this::receive);
    private final Paragraph uploadError = new Paragraph();
    /** Read by upload requests, which run outside the session lock. */
    private volatile Links uploadTo;

    private final DeletedItems deleted;

    private final transient FileService files;

    FilesSection(SectionContext drawer, DetailQueries sections, FileService files) {
        super(
                drawer,
                "contas-drawer-files",
                sections,
                DetailQueries::files,
                SectionCounts::files,
                PAGE,
                "drawer.files.empty");
        this.files = files;
        long max = files.maxSizeBytes();
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setI18n(i18n(max));
        uploadError.addClassName("contas-form-error");
        uploadError.setVisible(false);
        upload.addFileRejectedListener(e -> showUploadError(e.getErrorMessage()));
        deleted = new DeletedItems(drawer, sections, Trashed.FILES, id -> this.files.restore(id), this::run);
        add(upload, uploadError, list, deleted);
    }

    @Override
    void load() {
        uploadTo = drawer.scope().links();
        uploadError.setVisible(false);
        upload.clearFileList();
        list.reload();
        deleted.load();
    }

    /** Runs in the upload request, without the session lock: the UI is changed through access. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        Links about = uploadTo;
        String fileName = event.getFileName();
        try (InputStream data = event.getInputStream()) {
            files.upload(fileName, event.getContentType(), data, about);
            ui.access(() -> {
                uploadError.setVisible(false);
                drawer.changed(this);
            });
        } catch (DomainException e) {
            ui.access(() -> showUploadError(getTranslation("drawer.files.refused", fileName, Messages.of(this, e))));
        } catch (IOException e) {
            ui.access(() -> showUploadError(getTranslation("drawer.files.interrupted", fileName)));
        }
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    @Override
    Component row(FileLine file) {
        Anchor name = new Anchor(download(file.id()), AttachmentType.DOWNLOAD, file.name());
        name.addClassName("contas-item-title");
        Span meta = new Span(size(file.sizeBytes()) + " · " + file.uploaderName() + " · "
                + drawer.format().dateTime(file.createdAt()));
        meta.addClassName("contas-item-meta");
        Div text = new Div(name, meta);
        text.addClassName("contas-item-text");
        Div row = new Div(VaadinIcon.FILE_O.create(), text);
        // Only the uploader or an admin may delete it (the service refuses anyone else).
        if (drawer.viewer().mayChange(file.uploaderId())) {
            row.add(iconButton(
                    VaadinIcon.TRASH,
                    getTranslation("drawer.delete", file.name()),
                    () -> run(() -> files.delete(file.id(), file.version()))));
        }
        row.addClassName("contas-item");
        row.addClassName("contas-file");
        return row;
    }

    /**
     * Always an attachment, with the declared type but {@code nosniff}: a file that claims to be an
     * image and holds HTML is saved, never shown as a page of this site.
     */
    private DownloadHandler download(long fileId) {
        return event -> {
            FileDownload file = files.download(fileId);
            event.setFileName(file.name());
            event.setContentType(file.contentType());
            event.setContentLength(file.sizeBytes());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Content-Disposition", file.contentDisposition());
            try (InputStream content = file.content()) {
                content.transferTo(event.getOutputStream());
            }
        };
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("drawer.files.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("drawer.files.kilobytes", Math.round(bytes / 1024.0));
        }
        return getTranslation(
                "drawer.files.megabytes", String.format(drawer.format().locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private UploadI18N i18n(long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("drawer.files.add"))
                .setMany(getTranslation("drawer.files.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("drawer.files.drop"))
                .setMany(getTranslation("drawer.files.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("validation.file.tooLarge", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("drawer.files.badType"))
                .setTooManyFiles(getTranslation("drawer.files.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("drawer.files.connecting"))
                        .setProcessing(getTranslation("drawer.files.processing"))
                        .setHeld(getTranslation("drawer.files.held"))
                        .setStalled(getTranslation("drawer.files.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("drawer.files.remaining"))
                        .setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("drawer.files.failed"))
                        .setUnexpectedServerError(getTranslation("drawer.files.failed"))
                        .setForbidden(getTranslation("drawer.files.failed"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
