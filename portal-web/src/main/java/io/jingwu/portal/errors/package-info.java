/**
 * What a page shows when something fails that is nobody's input: the failure logged once, with a reference the
 * visitor sees and can quote.
 */
package io.jingwu.portal.errors;
