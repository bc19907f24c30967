/**
 * The anti-fraud list in the workbench, for anti-fraud staff: the list shared by every anti-fraud centre, kept
 * through the api module's facade, so every rule, message and recorded read is the REST API's own.
 */
package io.jingwu.portal.fraudlist;
