/**
 * Evidence images of a request: at most five, JPEG, PNG or WebP as decided by their content, limited in bytes,
 * pixels and uploads per hour, decoded a few at a time and encoded again, which leaves their metadata (EXIF and its
 * GPS position, XMP, comments) behind, then stored, encrypted, in the database, where every instance reaches them.
 */
package io.jingwu.api.attachments;
