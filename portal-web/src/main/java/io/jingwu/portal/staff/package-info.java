/** Pages for staff. Until the workbench brings sign-in they show nothing personal. */
package io.jingwu.portal.staff;
