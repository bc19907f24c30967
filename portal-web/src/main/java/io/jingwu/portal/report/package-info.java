/** The citizen's report form on the portal's home page, and following a request by its tracking number. */
package io.jingwu.portal.report;
