package io.jingwu.api.attachments.control;

/** An image as it is stored: accepted, its metadata stripped. */
public record CleanImage(ImageKind kind, byte[] content, int width, int height) {
}
