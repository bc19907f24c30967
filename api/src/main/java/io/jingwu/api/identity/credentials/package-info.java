/**
 * Reusable verification (e境通): the credential a successful verification gives its holder, a code to read out and a
 * QR code with a signed token, which relying institutions check with their API key. Every check is recorded and shown
 * to the holder; the holder can revoke the credential.
 */
package io.jingwu.api.identity.credentials;
