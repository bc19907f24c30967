/**
 * The chat conversation with a citizen: answers each message according to its intent and
 * keeps the conversation's state in the database, so any application instance can take
 * the next message.
 */
package io.jingwu.chatbot.dialog;
