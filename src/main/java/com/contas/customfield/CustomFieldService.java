package com.contas.customfield;

import com.contas.common.NotFoundException;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.customfield.domain.CustomField;
import com.contas.customfield.domain.CustomFieldRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin-defined fields on organizations (shown on accounts and as optional list columns). Admins
 * create, rename, reorder and archive them; a field's type cannot change once values exist,
 * because the values are stored by type.
 */
@Service
public class CustomFieldService {

    public static final int MAX_OPTIONS = 50;

    private final CustomFieldRepository fields;
    private final Clock clock;

    CustomFieldService(CustomFieldRepository fields, Clock clock) {
        this.fields = fields;
        this.clock = clock;
    }

    /** The fields in use, in the admin's order. */
    @Transactional(readOnly = true)
    public List<CustomFieldInfo> activeFields() {
        return fields.findByArchivedFalseOrderByPositionAscIdAsc().stream()
                .map(CustomFieldService::toInfo)
                .toList();
    }

    /** Every field, archived ones too, in the admin's order (a handful: admins define them one by one). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CustomFieldInfo> allFields() {
        return fields.findAllByOrderByPositionAscIdAsc().stream()
                .map(CustomFieldService::toInfo)
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CustomFieldInfo create(CustomFieldInput input) {
        Valid valid = validate(input, null);
        int position = fields.findAllByOrderByPositionAscIdAsc().stream()
                        .mapToInt(CustomField::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        return toInfo(
                fields.saveAndFlush(new CustomField(valid.name, valid.type, valid.options, position, clock.instant())));
    }

    /** Renames the field, changes its options, and its type while no organization has a value for it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CustomFieldInfo update(long id, long expectedVersion, CustomFieldInput input) {
        CustomField field = load(id);
        field.checkVersion(expectedVersion);
        Valid valid = validate(input, id);
        if (valid.type != field.getType() && fields.countValues(id) > 0) {
            throw new ValidationException("type", "validation.customField.typeInUse");
        }
        field.change(valid.name, valid.type, valid.options);
        return toInfo(fields.saveAndFlush(field));
    }

    /** Moves the field one place up (-1) or down (+1) in the order; at either end nothing moves. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void move(long id, long expectedVersion, int direction) {
        load(id).checkVersion(expectedVersion);
        List<CustomField> ordered = new ArrayList<>(fields.findAllByOrderByPositionAscIdAsc());
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == id) {
                at = i;
            }
        }
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(at));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
        fields.saveAllAndFlush(ordered);
    }

    /** Archived fields disappear from accounts and lists; their values are kept for when they come back. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CustomFieldInfo setArchived(long id, long expectedVersion, boolean archived) {
        CustomField field = load(id);
        field.checkVersion(expectedVersion);
        if (!archived) {
            checkNameFree(Validation.start(), field.getName(), id).throwIfInvalid();
        }
        field.setArchived(archived);
        return toInfo(fields.saveAndFlush(field));
    }

    private CustomField load(long id) {
        return fields.findById(id).orElseThrow(() -> new NotFoundException("CustomField", id));
    }

    private Valid validate(CustomFieldInput input, Long id) {
        Validation v = Validation.start();
        String name = v.requiredText("name", input.name(), 100);
        CustomFieldType type = v.required("type", input.type());
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : input.options()) {
            String option = v.optionalText("options", raw, 100);
            if (option != null && seen.add(option.toLowerCase(Locale.ROOT))) {
                options.add(option);
            }
        }
        if (type == CustomFieldType.OPTION && options.isEmpty()) {
            v.add("options", "validation.customField.optionsRequired");
        }
        if (options.size() > MAX_OPTIONS) {
            v.add("options", "validation.tooMany", MAX_OPTIONS);
        }
        if (name != null && !v.hasProblem("name")) {
            checkNameFree(v, name, id);
        }
        v.throwIfInvalid();
        return new Valid(name, type, type == CustomFieldType.OPTION ? String.join("\n", options) : null);
    }

    /** Two fields in use with the same name would be two identical columns. */
    private Validation checkNameFree(Validation v, String name, Long id) {
        boolean taken = fields.findByArchivedFalseOrderByPositionAscIdAsc().stream()
                .anyMatch(f -> !f.getId().equals(id) && f.getName().equalsIgnoreCase(name));
        return v.check(!taken, "name", "validation.customField.nameTaken");
    }

    private static CustomFieldInfo toInfo(CustomField f) {
        List<String> options = f.getOptions() == null
                ? List.of()
                : Arrays.stream(f.getOptions().split("\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new CustomFieldInfo(
                f.getId(), f.getName(), f.getType(), options, f.getPosition(), f.isArchived(), f.getVersion());
    }

    private record Valid(String name, CustomFieldType type, String options) {}
}
