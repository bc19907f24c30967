/** Chart.js configurations for {@code p:chart}: PrimeFaces bundles Chart.js, the pages give it JSON. */
package io.jingwu.portal.charts;
