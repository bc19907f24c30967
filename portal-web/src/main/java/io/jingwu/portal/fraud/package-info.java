/**
 * The citizen's anti-fraud check, {@code /fraud/check.xhtml}: a message, a phone number, a link, an account or a caller
 * who says they are police, checked before the money moves, and the verdict with what to do now. The rules, the
 * allowance per address and the wording are the API's ({@code io.jingwu.api.fraud.checks}); nothing checked is kept.
 */
package io.jingwu.portal.fraud;
