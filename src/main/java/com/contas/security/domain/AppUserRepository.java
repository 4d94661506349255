package com.contas.security.domain;

import com.contas.security.Role;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByActiveTrueOrderByDisplayNameAsc();

    boolean existsByIdAndActiveTrue(Long id);

    /** Whether the user is active, which session epoch is current and the role: one primary-key lookup. */
    @Query("select new com.contas.security.domain.SessionState(u.active, u.sessionEpoch, u.role)"
            + " from AppUser u where u.id = :id")
    Optional<SessionState> sessionState(@Param("id") long id);

    /**
     * The active users of a role, locked until the transaction ends: two admins demoting each
     * other at the same time must not both see "another admin is left".
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = :role and u.active = true order by u.id")
    List<AppUser> lockActiveByRole(@Param("role") Role role);
}
