/** The one clock of the application, so that deadlines and timestamps can be tested without waiting. */
package io.jingwu.api.platform.time;
