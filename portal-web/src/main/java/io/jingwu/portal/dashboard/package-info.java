/** The supervisor's dashboard in the workbench: their units' figures and charts, escalations, reassigning, export. */
package io.jingwu.portal.dashboard;
