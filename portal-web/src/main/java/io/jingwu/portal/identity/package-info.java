/**
 * The citizen's identity verification pages: {@code /identity/verify.xhtml} (document, phone code, then the credential
 * or the request opened for an officer) and {@code /identity/credential.xhtml} (the holder's credential on the phone
 * that verified, its checks, revocation). The rules are the API's ({@code io.jingwu.api.identity}).
 */
package io.jingwu.portal.identity;
