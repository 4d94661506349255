package com.contas.file;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize  the largest file a user may upload (default 25 MB)
 * @param userQuota how much one user's files may hold in all, those in the trash included (default 1 GB)
 */
@ConfigurationProperties("contas.files")
public record FileProperties(
        @DefaultValue("25MB") DataSize maxSize,
        @DefaultValue("1GB") DataSize userQuota) {}
