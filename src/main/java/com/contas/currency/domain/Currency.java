package com.contas.currency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "currency")
public class Currency {

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "fraction_digits", nullable = false)
    private int fractionDigits;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Currency() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getFractionDigits() {
        return fractionDigits;
    }

    public boolean isActive() {
        return active;
    }
}
