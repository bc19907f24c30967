/**
 * Identity verification: a resident or foreign resident gives a document, their name and a phone; the document is
 * checked, the phone confirmed by a one-time code, the person matched in the population registry. A match issues a
 * reusable credential; anything else opens an IDENTITY_EXCEPTION request for a clerk, with the same answer to the
 * citizen whether the registry did not know the document or knew other details for it.
 */
package io.jingwu.api.identity.verification;
