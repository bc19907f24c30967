/** The administrators' pages in the workbench: staff accounts, units, routing rules and a routing trial, the service catalogue, relying institutions and their keys. */
package io.jingwu.portal.admin;
