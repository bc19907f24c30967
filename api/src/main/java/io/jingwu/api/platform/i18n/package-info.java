/** The languages the service speaks (zh-CN and en) and the message bundles every answer is worded from. */
package io.jingwu.api.platform.i18n;
