/**
 * Evidence images of a request: at most five, JPEG, PNG or WebP as decided by their content, size- and
 * dimension-limited, with their metadata (EXIF and its GPS position, XMP, comments) stripped before they are
 * stored, encrypted, in the database, where every instance reaches them.
 */
package io.jingwu.api.attachments;
