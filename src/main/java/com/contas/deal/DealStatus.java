package com.contas.deal;

public enum DealStatus {
    OPEN,
    WON,
    LOST
}
