/** The public evaluation page (评估亮晒): every unit's published figures for a period, with charts; no sign-in. */
package io.jingwu.portal.evaluation;
