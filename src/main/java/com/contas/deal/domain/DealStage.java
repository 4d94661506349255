package com.contas.deal.domain;

import com.contas.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "deal_stage")
public class DealStage extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int position;

    protected DealStage() {}

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
