package com.contas.file;

/** A file's name, declared type and bytes, to be served as an attachment (never inline). */
public record FileDownload(String name, String contentType, byte[] content) {}
