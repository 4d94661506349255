package com.contas.customfield;

import java.io.Serializable;
import java.util.List;

/** An admin-defined field on organizations; {@code options} for the OPTION type. */
public record CustomFieldInfo(
        long id, String name, CustomFieldType type, List<String> options, int position, boolean archived, long version)
        implements Serializable {}
