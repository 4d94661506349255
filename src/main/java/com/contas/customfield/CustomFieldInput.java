package com.contas.customfield;

import java.io.Serializable;
import java.util.List;

/** What an admin types to define a field; {@code options} only for the OPTION type. */
public record CustomFieldInput(String name, CustomFieldType type, List<String> options) implements Serializable {

    public CustomFieldInput {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
