package com.contas.file;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest file a user may upload (default 25 MB) */
@ConfigurationProperties("contas.files")
public record FileProperties(@DefaultValue("25MB") DataSize maxSize) {
}
