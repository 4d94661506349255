package com.contas.common;

import java.util.List;
import java.util.Optional;

/** Input refused by a service; nothing has been written. */
public class ValidationException extends DomainException {

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(
                problems.isEmpty() ? "error.invalid" : problems.get(0).messageKey(),
                problems.isEmpty() ? new Object[0] : problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The problem reported for {@code field}, if any. */
    public Optional<FieldProblem> problemFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst();
    }

    @Override
    public String getMessage() {
        return problems.toString();
    }
}
