package com.contas.deal;

import java.io.Serializable;

public record DealStageInfo(long id, String name, int position) implements Serializable {}
