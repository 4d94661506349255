package com.contas.customfield;

import com.contas.customfield.domain.CustomField;
import com.contas.customfield.domain.CustomFieldRepository;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admin-defined fields on organizations (shown on accounts and as optional list columns). */
@Service
public class CustomFieldService {

    private final CustomFieldRepository fields;

    CustomFieldService(CustomFieldRepository fields) {
        this.fields = fields;
    }

    /** The fields in use, in the admin's order. */
    @Transactional(readOnly = true)
    public List<CustomFieldInfo> activeFields() {
        return fields.findByArchivedFalseOrderByPositionAscIdAsc().stream().map(CustomFieldService::toInfo).toList();
    }

    private static CustomFieldInfo toInfo(CustomField f) {
        List<String> options = f.getOptions() == null ? List.of()
                : Arrays.stream(f.getOptions().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CustomFieldInfo(f.getId(), f.getName(), f.getType(), options, f.getPosition(), f.isArchived());
    }
}
