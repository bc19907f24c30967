/**
 * Repeat detection: a new request from the same phone (一人多警), at the same place (一地多警) or with
 * near-identical words (重复报警) as earlier ones within a window is linked to them, so clerks see the cluster
 * and can merge. The matching works on keyed fingerprints, since the phone, address and text are stored encrypted.
 */
package io.jingwu.api.repeats;
