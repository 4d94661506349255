package com.contas.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd|passwd",
                "C:\\Users\\ana\\contrato.pdf|contrato.pdf",
                "  .hidden  |hidden",
                "CON.txt|_CON.txt",
                "nul|_nul",
                "relatório final.docx|relatório final.docx",
                "a<b>c:d|abcd",
                "''|file"
            })
    void unsafe_names_become_safe(String original, String expected) {
        assertThat(FileNames.safe(original)).isEqualTo(expected);
    }

    @Test
    void a_1000_character_name_is_cut_to_255_keeping_the_extension() {
        String safe = FileNames.safe("a".repeat(1000) + ".pdf");
        assertThat(safe).hasSize(255).endsWith(".pdf");
    }

    @Test
    void zero_width_and_direction_characters_are_removed() {
        assertThat(FileNames.safe("in\u200Bvoice\u202Etxt.exe")).isEqualTo("invoicetxt.exe");
    }
}
