/** The REST API's root ({@code /api}) and its OpenAPI description. */
package io.jingwu.api.platform.rest;
