/**
 * The service catalogue: every service a citizen can ask for (a request type and category) defined once, as
 * data, with its questions and their rules; published so that every channel generates its forms from it, and
 * the one validator that gives every channel the same verdict on the answers.
 */
package io.jingwu.api.catalogue;
