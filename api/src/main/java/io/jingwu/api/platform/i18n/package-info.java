/**
 * The languages the service speaks (zh-CN, en and ru, each content text falling back to the next) and the
 * message bundles every answer is worded from.
 */
package io.jingwu.api.platform.i18n;
