/** Which language the pages speak to this visitor, and the labels they share with the API. */
package io.jingwu.portal.i18n;
