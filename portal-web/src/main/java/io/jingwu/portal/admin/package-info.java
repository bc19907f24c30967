/** The administrators' pages in the workbench: staff accounts, units, routing rules and a routing trial. */
package io.jingwu.portal.admin;
