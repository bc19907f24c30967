/**
 * What keeps the pages' own code the only code that runs in them: JSON written safely into a page, and the security
 * headers (content security policy and the like) on every answer.
 */
package io.jingwu.portal.security;
