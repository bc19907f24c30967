/**
 * Citizens' requests: how one is submitted on any channel, routed to the queue of the responsible unit and
 * tracked by its tracking number, and the trail of every move it makes.
 */
package io.jingwu.api.requests;
