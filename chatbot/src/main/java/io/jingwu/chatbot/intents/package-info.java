/**
 * Understands what a citizen's chat message is about: turns the text into one of a few
 * intents, with a model trained at start-up from the project's own corpus.
 */
package io.jingwu.chatbot.intents;
