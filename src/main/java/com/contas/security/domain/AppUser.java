package com.contas.security.domain;

import com.contas.common.AbstractEntity;
import com.contas.security.Role;
import com.contas.security.UserSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    /** The chosen language's tag ("pt-BR"); null: the browser's. */
    @Column(length = 10)
    private String language;

    protected AppUser() {}

    public AppUser(
            String username, String displayName, String email, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** Changes what an admin may change; the username stays (it is how the user signs in). */
    public void change(String displayName, String email, Role role) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Ends every session of the user: they sign in again (with what changed). */
    public void endSessions() {
        sessionEpoch++;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public String getEmail() {
        return email;
    }

    public UserSummary toSummary() {
        return new UserSummary(getId(), username, displayName, role, active);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }
}
