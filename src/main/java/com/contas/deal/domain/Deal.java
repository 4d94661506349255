package com.contas.deal.domain;

import com.contas.common.SoftDeletable;
import com.contas.deal.DealStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "deal")
public class Deal extends SoftDeletable {

    @Column(nullable = false)
    private String title;

    @Column(name = "value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DealStatus status = DealStatus.OPEN;

    @Column(name = "won_at")
    private Instant wonAt;

    @Column(name = "lost_at")
    private Instant lostAt;

    @Column(name = "lost_reason", length = 500)
    private String lostReason;

    @Column(name = "expected_close_date")
    private LocalDate expectedCloseDate;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Deal() {}

    public Deal(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            String title,
            BigDecimal value,
            String currency,
            LocalDate expectedCloseDate,
            Long organizationId,
            Long personId,
            long ownerId,
            long stageId,
            Instant now) {
        this.title = title;
        this.value = value;
        this.currency = currency;
        this.expectedCloseDate = expectedCloseDate;
        this.organizationId = organizationId;
        this.personId = personId;
        this.ownerId = ownerId;
        this.stageId = stageId;
        this.updatedAt = now;
    }

    public void markWon(Instant now) {
        status = DealStatus.WON;
        wonAt = now;
        lostAt = null;
        lostReason = null;
        updatedAt = now;
    }

    public void markLost(String reason, Instant now) {
        status = DealStatus.LOST;
        lostAt = now;
        lostReason = reason;
        wonAt = null;
        updatedAt = now;
    }

    public void reopen(Instant now) {
        status = DealStatus.OPEN;
        wonAt = null;
        lostAt = null;
        lostReason = null;
        updatedAt = now;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getCurrency() {
        return currency;
    }

    public DealStatus getStatus() {
        return status;
    }

    public Instant getWonAt() {
        return wonAt;
    }

    public Instant getLostAt() {
        return lostAt;
    }

    public String getLostReason() {
        return lostReason;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getPersonId() {
        return personId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getStageId() {
        return stageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
