package com.contas.settings;

/** The company settings changed (inside the writing transaction): money and days may read differently. */
public record CompanySettingsChanged() {}
