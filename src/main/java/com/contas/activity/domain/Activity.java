package com.contas.activity.domain;

import com.contas.activity.ActivityType;
import com.contas.common.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

@Entity
@Table(name = "activity")
public class Activity extends SoftDeletable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityType type;

    @Column(nullable = false)
    private String subject;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "due_time")
    private LocalTime dueTime;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(length = 10000)
    private String note;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "deal_id")
    private Long dealId;

    @Column(name = "assignee_id", nullable = false)
    private long assigneeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Activity() {}

    public Activity(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            ActivityType type,
            String subject,
            LocalDate dueDate,
            LocalTime dueTime,
            Integer durationMinutes,
            String note,
            Long organizationId,
            Long personId,
            Long dealId,
            long assigneeId,
            Instant now) {
        this.type = type;
        this.subject = subject;
        this.dueDate = dueDate;
        this.dueTime = dueTime;
        this.durationMinutes = durationMinutes;
        this.note = note;
        this.organizationId = organizationId;
        this.personId = personId;
        this.dealId = dealId;
        this.assigneeId = assigneeId;
        this.updatedAt = now;
    }

    public void reschedule(LocalDate dueDate, LocalTime dueTime, Instant now) {
        this.dueDate = dueDate;
        this.dueTime = dueTime;
        this.updatedAt = now;
    }

    public void markDone(Instant now) {
        this.done = true;
        this.doneAt = now;
        this.updatedAt = now;
    }

    public void markUndone(Instant now) {
        this.done = false;
        this.doneAt = null;
        this.updatedAt = now;
    }

    public ActivityType getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getNote() {
        return note;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getDealId() {
        return dealId;
    }

    public long getAssigneeId() {
        return assigneeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
