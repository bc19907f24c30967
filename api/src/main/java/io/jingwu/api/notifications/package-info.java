/** Messages to citizens: text messages through the SMS gateway port (the embedded default keeps them in an outbox). */
package io.jingwu.api.notifications;
