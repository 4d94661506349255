package com.contas.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class FileDownloadTest {

    @Test
    void downloads_are_attachments_named_safely() {
        FileDownload file =
                new FileDownload("relatório \"final\".pdf", "application/pdf", 0, InputStream.nullInputStream());
        assertThat(file.contentDisposition())
                .isEqualTo("attachment; filename=\"relat_rio _final_.pdf\"; "
                        + "filename*=UTF-8''relat%C3%B3rio%20%22final%22.pdf");
    }
}
