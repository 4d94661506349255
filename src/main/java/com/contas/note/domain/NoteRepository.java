package com.contas.note.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<Note, Long> {

    Optional<Note> findByIdAndDeletedAtIsNull(Long id);
}
