/**
 * Input rules declared once, as Bean Validation constraints on the input records that every channel submits
 * (REST bodies, Faces pages, the chatbot), and the one way their violations reach a user: as the same
 * {@link io.jingwu.api.platform.problems.FieldError}s that the rules kept as code (catalogue answers, uniqueness,
 * existence) report, worded from the {@code ValidationMessages} bundles in the caller's language.
 */
package io.jingwu.api.platform.validation;
