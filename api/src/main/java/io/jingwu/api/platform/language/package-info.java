/**
 * Text categorization shared by the features that judge free text (the chatbot's intents, the anti-fraud check):
 * segmentation of mixed Chinese and English, the features a maximum-entropy model learns from, labelled corpora,
 * stratified cross-validation, and the model a build step trains and fingerprints against its corpus.
 */
package io.jingwu.api.platform.language;
